// Fixed parts of the orientation sheet for the family (issue 14), in Italian and in the demo's
// home languages, so that a family reads what the consiglio di orientamento says in its own
// language next to the Italian. The variable parts (interests, course, school) stay as the
// teachers wrote them. Translations are for a first reading: a mediator checks them with the
// family. `dir` marks right-to-left scripts.

export interface FamilySheetText {
  name: string;
  dir?: 'rtl';
  title: string;
  intro: string;
  pupil: string;
  schoolYear: string;
  recommended: string;
  course: string;
  interests: string;
  familyChoice: string;
  enrolment: string;
  signHead: string;
  signFamily: string;
  tracks: { liceo: string; tecnico: string; professionale: string; iefp: string };
}

export const FAMILY_SHEET: Record<string, FamilySheetText> = {
  it: {
    name: 'Italiano',
    title: 'Consiglio di orientamento',
    intro:
      'Il consiglio di classe consiglia il percorso qui sotto per il prossimo anno scolastico. La scelta spetta alla famiglia.',
    pupil: 'Alunno/a',
    schoolYear: 'Anno scolastico',
    recommended: 'Percorso consigliato',
    course: 'Indirizzo',
    interests: 'Interessi e attitudini',
    familyChoice: 'Scelta della famiglia',
    enrolment:
      'Le iscrizioni si fanno a gennaio sulla piattaforma del Ministero «Iscrizioni online». La scuola può aiutarvi.',
    signHead: 'Il dirigente scolastico',
    signFamily: 'Firma di un genitore',
    tracks: {
      liceo: 'Liceo',
      tecnico: 'Istituto tecnico',
      professionale: 'Istituto professionale',
      iefp: 'Istruzione e formazione professionale (IeFP)',
    },
  },
  en: {
    name: 'English',
    title: 'Orientation advice',
    intro:
      'The class council advises the path below for the next school year. The choice belongs to the family.',
    pupil: 'Pupil',
    schoolYear: 'School year',
    recommended: 'Recommended path',
    course: 'Course',
    interests: 'Interests and aptitudes',
    familyChoice: 'Family’s choice',
    enrolment:
      'Enrolment is in January on the Ministry’s “Iscrizioni online” platform. The school can help you.',
    signHead: 'The head teacher',
    signFamily: 'Signature of a parent',
    tracks: {
      liceo: 'Academic upper secondary school (liceo)',
      tecnico: 'Technical school',
      professionale: 'Vocational school',
      iefp: 'Vocational education and training (IeFP)',
    },
  },
  fr: {
    name: 'Français',
    title: 'Conseil d’orientation',
    intro:
      'Le conseil de classe conseille le parcours ci-dessous pour la prochaine année scolaire. Le choix appartient à la famille.',
    pupil: 'Élève',
    schoolYear: 'Année scolaire',
    recommended: 'Parcours conseillé',
    course: 'Filière',
    interests: 'Intérêts et aptitudes',
    familyChoice: 'Choix de la famille',
    enrolment:
      'Les inscriptions se font en janvier sur la plateforme du Ministère « Iscrizioni online ». L’école peut vous aider.',
    signHead: 'Le chef d’établissement',
    signFamily: 'Signature d’un parent',
    tracks: {
      liceo: 'Lycée général (liceo)',
      tecnico: 'Lycée technique',
      professionale: 'Lycée professionnel',
      iefp: 'Formation professionnelle (IeFP)',
    },
  },
  ar: {
    name: 'العربية',
    dir: 'rtl',
    title: 'نصيحة التوجيه',
    intro: 'ينصح مجلس القسم بالمسار المذكور أدناه للسنة الدراسية القادمة. القرار يعود إلى الأسرة.',
    pupil: 'التلميذ/ة',
    schoolYear: 'السنة الدراسية',
    recommended: 'المسار المنصوح به',
    course: 'التخصص',
    interests: 'الاهتمامات والقدرات',
    familyChoice: 'اختيار الأسرة',
    enrolment:
      'يتم التسجيل في شهر يناير على منصة الوزارة «Iscrizioni online». يمكن للمدرسة مساعدتكم.',
    signHead: 'مدير المدرسة',
    signFamily: 'توقيع أحد الوالدين',
    tracks: {
      liceo: 'ثانوية عامة (ليتشيو)',
      tecnico: 'معهد تقني',
      professionale: 'معهد مهني',
      iefp: 'التعليم والتكوين المهني (IeFP)',
    },
  },
  ro: {
    name: 'Română',
    title: 'Recomandare de orientare',
    intro:
      'Consiliul clasei recomandă parcursul de mai jos pentru anul școlar următor. Alegerea aparține familiei.',
    pupil: 'Elev/ă',
    schoolYear: 'An școlar',
    recommended: 'Parcurs recomandat',
    course: 'Profil',
    interests: 'Interese și aptitudini',
    familyChoice: 'Alegerea familiei',
    enrolment:
      'Înscrierile se fac în ianuarie pe platforma Ministerului „Iscrizioni online”. Școala vă poate ajuta.',
    signHead: 'Directorul școlii',
    signFamily: 'Semnătura unui părinte',
    tracks: {
      liceo: 'Liceu teoretic (liceo)',
      tecnico: 'Liceu tehnologic',
      professionale: 'Școală profesională',
      iefp: 'Formare profesională (IeFP)',
    },
  },
  sq: {
    name: 'Shqip',
    title: 'Këshilla e orientimit',
    intro:
      'Këshilli i klasës këshillon rrugën e mëposhtme për vitin e ardhshëm shkollor. Zgjedhja i takon familjes.',
    pupil: 'Nxënësi/ja',
    schoolYear: 'Viti shkollor',
    recommended: 'Rruga e këshilluar',
    course: 'Drejtimi',
    interests: 'Interesat dhe aftësitë',
    familyChoice: 'Zgjedhja e familjes',
    enrolment:
      'Regjistrimet bëhen në janar në platformën e Ministrisë “Iscrizioni online”. Shkolla mund t’ju ndihmojë.',
    signHead: 'Drejtori i shkollës',
    signFamily: 'Nënshkrimi i një prindi',
    tracks: {
      liceo: 'Gjimnaz (liceo)',
      tecnico: 'Shkollë teknike',
      professionale: 'Shkollë profesionale',
      iefp: 'Arsim dhe formim profesional (IeFP)',
    },
  },
  es: {
    name: 'Español',
    title: 'Consejo de orientación',
    intro:
      'El consejo de clase aconseja el itinerario indicado abajo para el próximo curso escolar. La elección corresponde a la familia.',
    pupil: 'Alumno/a',
    schoolYear: 'Curso escolar',
    recommended: 'Itinerario aconsejado',
    course: 'Especialidad',
    interests: 'Intereses y aptitudes',
    familyChoice: 'Elección de la familia',
    enrolment:
      'La matrícula se hace en enero en la plataforma del Ministerio «Iscrizioni online». La escuela puede ayudarles.',
    signHead: 'El director del centro',
    signFamily: 'Firma de un padre o madre',
    tracks: {
      liceo: 'Bachillerato (liceo)',
      tecnico: 'Instituto técnico',
      professionale: 'Instituto profesional',
      iefp: 'Formación profesional (IeFP)',
    },
  },
  pt: {
    name: 'Português',
    title: 'Conselho de orientação',
    intro:
      'O conselho de turma aconselha o percurso abaixo para o próximo ano letivo. A escolha cabe à família.',
    pupil: 'Aluno/a',
    schoolYear: 'Ano letivo',
    recommended: 'Percurso aconselhado',
    course: 'Curso',
    interests: 'Interesses e aptidões',
    familyChoice: 'Escolha da família',
    enrolment:
      'As inscrições fazem-se em janeiro na plataforma do Ministério «Iscrizioni online». A escola pode ajudar.',
    signHead: 'O diretor da escola',
    signFamily: 'Assinatura de um dos pais',
    tracks: {
      liceo: 'Liceu (liceo)',
      tecnico: 'Instituto técnico',
      professionale: 'Instituto profissional',
      iefp: 'Formação profissional (IeFP)',
    },
  },
  zh: {
    name: '中文',
    title: '升学指导建议',
    intro: '班级委员会建议孩子在下一学年选择以下方向。最终由家庭决定。',
    pupil: '学生',
    schoolYear: '学年',
    recommended: '建议的方向',
    course: '专业',
    interests: '兴趣和特长',
    familyChoice: '家庭的选择',
    enrolment: '一月份在教育部“Iscrizioni online”平台报名。学校可以帮助您。',
    signHead: '校长',
    signFamily: '家长签名',
    tracks: {
      liceo: '普通高中（liceo）',
      tecnico: '技术学校',
      professionale: '职业学校',
      iefp: '职业教育与培训（IeFP）',
    },
  },
  uk: {
    name: 'Українська',
    title: 'Рекомендація щодо профорієнтації',
    intro:
      'Педагогічна рада класу рекомендує наведений нижче напрям на наступний навчальний рік. Вибір за родиною.',
    pupil: 'Учень/учениця',
    schoolYear: 'Навчальний рік',
    recommended: 'Рекомендований напрям',
    course: 'Спеціальність',
    interests: 'Інтереси та здібності',
    familyChoice: 'Вибір родини',
    enrolment:
      'Записи відбуваються в січні на платформі Міністерства «Iscrizioni online». Школа може вам допомогти.',
    signHead: 'Директор школи',
    signFamily: 'Підпис одного з батьків',
    tracks: {
      liceo: 'Ліцей (liceo)',
      tecnico: 'Технічний інститут',
      professionale: 'Професійний інститут',
      iefp: 'Професійна освіта і навчання (IeFP)',
    },
  },
  ru: {
    name: 'Русский',
    title: 'Рекомендация по профориентации',
    intro:
      'Совет класса рекомендует указанное ниже направление на следующий учебный год. Выбор остаётся за семьёй.',
    pupil: 'Ученик/ученица',
    schoolYear: 'Учебный год',
    recommended: 'Рекомендованное направление',
    course: 'Специальность',
    interests: 'Интересы и способности',
    familyChoice: 'Выбор семьи',
    enrolment:
      'Запись проходит в январе на платформе Министерства «Iscrizioni online». Школа может вам помочь.',
    signHead: 'Директор школы',
    signFamily: 'Подпись одного из родителей',
    tracks: {
      liceo: 'Лицей (liceo)',
      tecnico: 'Технический институт',
      professionale: 'Профессиональный институт',
      iefp: 'Профессиональное обучение (IeFP)',
    },
  },
  bn: {
    name: 'বাংলা',
    title: 'শিক্ষা নির্দেশনার পরামর্শ',
    intro: 'শ্রেণি পরিষদ আগামী শিক্ষাবর্ষের জন্য নিচের পথটি পরামর্শ দিচ্ছে। সিদ্ধান্ত পরিবারের।',
    pupil: 'শিক্ষার্থী',
    schoolYear: 'শিক্ষাবর্ষ',
    recommended: 'পরামর্শকৃত পথ',
    course: 'বিভাগ',
    interests: 'আগ্রহ ও দক্ষতা',
    familyChoice: 'পরিবারের পছন্দ',
    enrolment:
      'জানুয়ারিতে মন্ত্রণালয়ের «Iscrizioni online» প্ল্যাটফর্মে ভর্তি হয়। স্কুল আপনাকে সাহায্য করতে পারে।',
    signHead: 'প্রধান শিক্ষক',
    signFamily: 'অভিভাবকের স্বাক্ষর',
    tracks: {
      liceo: 'লিচেও (সাধারণ উচ্চ মাধ্যমিক)',
      tecnico: 'কারিগরি স্কুল',
      professionale: 'বৃত্তিমূলক স্কুল',
      iefp: 'বৃত্তিমূলক শিক্ষা ও প্রশিক্ষণ (IeFP)',
    },
  },
  pa: {
    name: 'ਪੰਜਾਬੀ',
    title: 'ਸਿੱਖਿਆ ਮਾਰਗਦਰਸ਼ਨ ਦੀ ਸਲਾਹ',
    intro: 'ਕਲਾਸ ਕੌਂਸਲ ਅਗਲੇ ਸਕੂਲੀ ਸਾਲ ਲਈ ਹੇਠਾਂ ਦਿੱਤੇ ਰਾਹ ਦੀ ਸਲਾਹ ਦਿੰਦੀ ਹੈ। ਫ਼ੈਸਲਾ ਪਰਿਵਾਰ ਦਾ ਹੈ।',
    pupil: 'ਵਿਦਿਆਰਥੀ',
    schoolYear: 'ਸਕੂਲੀ ਸਾਲ',
    recommended: 'ਸਲਾਹ ਦਿੱਤਾ ਰਾਹ',
    course: 'ਵਿਸ਼ਾ-ਖੇਤਰ',
    interests: 'ਰੁਚੀਆਂ ਅਤੇ ਯੋਗਤਾਵਾਂ',
    familyChoice: 'ਪਰਿਵਾਰ ਦੀ ਚੋਣ',
    enrolment:
      'ਦਾਖ਼ਲਾ ਜਨਵਰੀ ਵਿੱਚ ਮੰਤਰਾਲੇ ਦੇ «Iscrizioni online» ਪਲੇਟਫਾਰਮ ਉੱਤੇ ਹੁੰਦਾ ਹੈ। ਸਕੂਲ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।',
    signHead: 'ਸਕੂਲ ਮੁਖੀ',
    signFamily: 'ਮਾਪੇ ਦੇ ਦਸਤਖ਼ਤ',
    tracks: {
      liceo: 'ਲੀਚੇਓ (ਆਮ ਹਾਇਰ ਸੈਕੰਡਰੀ)',
      tecnico: 'ਤਕਨੀਕੀ ਸਕੂਲ',
      professionale: 'ਕਿੱਤਾਮੁਖੀ ਸਕੂਲ',
      iefp: 'ਕਿੱਤਾਮੁਖੀ ਸਿੱਖਿਆ ਅਤੇ ਸਿਖਲਾਈ (IeFP)',
    },
  },
  hi: {
    name: 'हिन्दी',
    title: 'शैक्षिक मार्गदर्शन की सलाह',
    intro: 'कक्षा परिषद अगले शैक्षणिक वर्ष के लिए नीचे दिए गए मार्ग की सलाह देती है। निर्णय परिवार का है।',
    pupil: 'विद्यार्थी',
    schoolYear: 'शैक्षणिक वर्ष',
    recommended: 'सुझाया गया मार्ग',
    course: 'विषय-क्षेत्र',
    interests: 'रुचियाँ और क्षमताएँ',
    familyChoice: 'परिवार का चुनाव',
    enrolment:
      'प्रवेश जनवरी में मंत्रालय के «Iscrizioni online» प्लेटफ़ॉर्म पर होता है। स्कूल आपकी मदद कर सकता है।',
    signHead: 'विद्यालय प्रमुख',
    signFamily: 'माता-पिता के हस्ताक्षर',
    tracks: {
      liceo: 'लिचेओ (सामान्य उच्च माध्यमिक)',
      tecnico: 'तकनीकी विद्यालय',
      professionale: 'व्यावसायिक विद्यालय',
      iefp: 'व्यावसायिक शिक्षा और प्रशिक्षण (IeFP)',
    },
  },
  ur: {
    name: 'اردو',
    dir: 'rtl',
    title: 'تعلیمی رہنمائی کا مشورہ',
    intro:
      'کلاس کونسل اگلے تعلیمی سال کے لیے نیچے دیے گئے راستے کا مشورہ دیتی ہے۔ فیصلہ خاندان کا ہے۔',
    pupil: 'طالب علم',
    schoolYear: 'تعلیمی سال',
    recommended: 'تجویز کردہ راستہ',
    course: 'شعبہ',
    interests: 'دلچسپیاں اور صلاحیتیں',
    familyChoice: 'خاندان کا انتخاب',
    enrolment:
      'داخلہ جنوری میں وزارت کے «Iscrizioni online» پلیٹ فارم پر ہوتا ہے۔ اسکول آپ کی مدد کر سکتا ہے۔',
    signHead: 'اسکول کے سربراہ',
    signFamily: 'والدین میں سے ایک کے دستخط',
    tracks: {
      liceo: 'لیچیو (عمومی ہائر سیکنڈری)',
      tecnico: 'تکنیکی اسکول',
      professionale: 'پیشہ ورانہ اسکول',
      iefp: 'پیشہ ورانہ تعلیم و تربیت (IeFP)',
    },
  },
  tl: {
    name: 'Tagalog',
    title: 'Payo sa oryentasyon',
    intro:
      'Ipinapayo ng konseho ng klase ang landas sa ibaba para sa susunod na taong pampaaralan. Ang pamilya ang magpapasya.',
    pupil: 'Mag-aaral',
    schoolYear: 'Taong pampaaralan',
    recommended: 'Ipinapayong landas',
    course: 'Kurso',
    interests: 'Mga interes at kakayahan',
    familyChoice: 'Pinili ng pamilya',
    enrolment:
      'Ang pagpapatala ay sa Enero sa plataporma ng Ministeryo na “Iscrizioni online”. Makatutulong ang paaralan.',
    signHead: 'Ang punong-guro',
    signFamily: 'Lagda ng magulang',
    tracks: {
      liceo: 'Liceo (akademikong mataas na paaralan)',
      tecnico: 'Teknikal na paaralan',
      professionale: 'Bokasyonal na paaralan',
      iefp: 'Bokasyonal na edukasyon at pagsasanay (IeFP)',
    },
  },
  si: {
    name: 'සිංහල',
    title: 'අධ්‍යාපන මඟපෙන්වීමේ උපදෙස',
    intro: 'ඊළඟ පාසල් වර්ෂය සඳහා පන්ති මණ්ඩලය පහත මාර්ගය නිර්දේශ කරයි. තීරණය පවුලට අයත් ය.',
    pupil: 'සිසුවා',
    schoolYear: 'පාසල් වර්ෂය',
    recommended: 'නිර්දේශිත මාර්ගය',
    course: 'විෂය ධාරාව',
    interests: 'රුචිකත්වයන් සහ හැකියාවන්',
    familyChoice: 'පවුලේ තේරීම',
    enrolment:
      'ජනවාරි මාසයේ අමාත්‍යාංශයේ «Iscrizioni online» වේදිකාවේ ලියාපදිංචි වේ. පාසලට ඔබට උදව් කළ හැක.',
    signHead: 'විදුහල්පති',
    signFamily: 'දෙමාපියෙකුගේ අත්සන',
    tracks: {
      liceo: 'ලිචේඕ (සාමාන්‍ය උසස් පෙළ)',
      tecnico: 'තාක්ෂණික පාසල',
      professionale: 'වෘත්තීය පාසල',
      iefp: 'වෘත්තීය අධ්‍යාපනය සහ පුහුණුව (IeFP)',
    },
  },
  ta: {
    name: 'தமிழ்',
    title: 'கல்வி வழிகாட்டல் ஆலோசனை',
    intro:
      'அடுத்த கல்வியாண்டுக்கு கீழே உள்ள பாதையை வகுப்புக் குழு பரிந்துரைக்கிறது. முடிவு குடும்பத்தினுடையது.',
    pupil: 'மாணவர்',
    schoolYear: 'கல்வியாண்டு',
    recommended: 'பரிந்துரைக்கப்பட்ட பாதை',
    course: 'பிரிவு',
    interests: 'ஆர்வங்களும் திறன்களும்',
    familyChoice: 'குடும்பத்தின் தேர்வு',
    enrolment:
      'சேர்க்கை ஜனவரியில் அமைச்சகத்தின் «Iscrizioni online» தளத்தில் நடைபெறும். பள்ளி உங்களுக்கு உதவ முடியும்.',
    signHead: 'பள்ளித் தலைவர்',
    signFamily: 'பெற்றோரின் கையொப்பம்',
    tracks: {
      liceo: 'லிச்சேயோ (பொது மேல்நிலை)',
      tecnico: 'தொழில்நுட்பப் பள்ளி',
      professionale: 'தொழிற்கல்விப் பள்ளி',
      iefp: 'தொழிற்கல்வி மற்றும் பயிற்சி (IeFP)',
    },
  },
  wo: {
    name: 'Wolof',
    title: 'Digle ci yoonu njàng',
    intro: 'Ndajem klaas bi dafa digle yoon wii ci suuf ngir at mi ñuy dugg. Njaboot gi mooy tànn.',
    pupil: 'Ndongo',
    schoolYear: 'Atum njàng',
    recommended: 'Yoon wi ñu digle',
    course: 'Banq',
    interests: 'Li mu bëgg ak li mu mën',
    familyChoice: 'Li njaboot gi tànn',
    enrolment:
      'Bindu yi ci weeru samwiye lañuy def ci platfòrm bu Minisetéer bi «Iscrizioni online». Lekool bi mën na leen dimbali.',
    signHead: 'Njiitu lekool bi',
    signFamily: 'Xaatimu waajur',
    tracks: {
      liceo: 'Lise (liceo)',
      tecnico: 'Lekool teknik',
      professionale: 'Lekool liggéey',
      iefp: 'Njàng ak tàggatu ci liggéey (IeFP)',
    },
  },
};
