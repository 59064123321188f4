/** Countries of origin of the demo families: weights, names, surnames, home languages (data). */
import type { Rng } from './prng';

export interface Country {
  code: string;
  /** Codice catastale of the foreign state, for the codice fiscale. */
  belfiore: string;
  /** Weight among resident families (pupils born in Italy, early arrivals). */
  weight: number;
  /** Weight among recent arrivals (2025-26). */
  weightRecent: number;
  /** 1 when Italian is close to the home language (Romance languages). */
  proximity: number;
  /** Italian: "dalla Romania". */
  from: string;
  male: string[];
  female: string[];
  surnames: string[];
  languages: (rng: Rng) => string[];
}

export const list = (s: string): string[] => s.split(',').map((x) => x.trim());

export const COUNTRIES: Country[] = [
  {
    code: 'RO',
    belfiore: 'Z129',
    weight: 14,
    weightRecent: 5,
    proximity: 1,
    from: 'dalla Romania',
    male: list('Andrei, Alexandru, Ionuț, Mihai, Ștefan, Gabriel, Darius, Luca, David, Matei'),
    female: list('Maria, Ioana, Andreea, Elena, Alexandra, Bianca, Sofia, Daria, Antonia, Ilinca'),
    surnames: list(
      'Popescu, Ionescu, Popa, Dumitru, Stan, Stoica, Gheorghe, Rusu, Munteanu, Constantin, Moldovan, Lungu',
    ),
    languages: () => ['ro'],
  },
  {
    code: 'AL',
    belfiore: 'Z100',
    weight: 10,
    weightRecent: 4,
    proximity: 0,
    from: "dall'Albania",
    male: list('Ardit, Erion, Klevis, Endri, Arbër, Dorian, Besart, Luan, Enea, Noel'),
    female: list('Elona, Klea, Ardita, Anisa, Ersa, Jonida, Sara, Amelia, Xhesika, Reina'),
    surnames: list(
      'Hoxha, Shehu, Dervishi, Gjoka, Kola, Leka, Marku, Basha, Çela, Hysa, Prifti, Meta',
    ),
    languages: () => ['sq'],
  },
  {
    code: 'MA',
    belfiore: 'Z330',
    weight: 10,
    weightRecent: 6,
    proximity: 0,
    from: 'dal Marocco',
    male: list('Mohamed, Youssef, Adam, Amine, Ayoub, Hamza, Rayan, Ilyas, Zakaria, Anas'),
    female: list('Fatima Zahra, Salma, Sara, Yasmine, Aya, Malak, Nour, Khadija, Imane, Hiba'),
    surnames: list(
      'El Amrani, Benali, El Idrissi, Bennani, Ouali, Tahiri, Alaoui, Chakir, Berrada, El Mansouri, Zerouali, Haddad',
    ),
    languages: (r) => (r.chance(0.15) ? ['ar', 'ber'] : r.chance(0.2) ? ['ar', 'fr'] : ['ar']),
  },
  {
    code: 'EG',
    belfiore: 'Z336',
    weight: 9,
    weightRecent: 12,
    proximity: 0,
    from: "dall'Egitto",
    male: list('Mohamed, Ahmed, Omar, Youssef, Mostafa, Karim, Ziad, Mahmoud, Abdelrahman, Seif'),
    female: list('Mariam, Malak, Jana, Habiba, Nour, Farida, Salma, Hana, Rawan, Logina'),
    surnames: list(
      'Abdelaziz, Mahmoud, Hassan, Ibrahim, Saleh, Elsayed, Mostafa, Gaber, Farouk, Abdelrahman, Shehata, Fawzy',
    ),
    languages: () => ['ar'],
  },
  {
    code: 'CN',
    belfiore: 'Z210',
    weight: 8,
    weightRecent: 3,
    proximity: 0,
    from: 'dalla Cina',
    male: list('Jiahao, Yuxuan, Haoran, Zimo, Junjie, Tianyi, Yichen, Mingze, Luca, Kevin'),
    female: list('Xinyi, Yutong, Zixuan, Jiayi, Yiqing, Ruoxi, Mengyao, Anna, Sofia, Chiara'),
    surnames: list('Hu, Chen, Zhou, Wang, Lin, Zhang, Ye, Jin, Xu, Huang, Wu, Zheng'),
    languages: (r) => (r.chance(0.4) ? ['zh', 'wuu'] : ['zh']),
  },
  {
    code: 'PH',
    belfiore: 'Z216',
    weight: 6,
    weightRecent: 3,
    proximity: 0,
    from: 'dalle Filippine',
    male: list(
      'John Paul, Mark Angelo, Joshua, Christian, Jericho, Miguel, Nathaniel, Rafael, Carl, Ezekiel',
    ),
    female: list(
      'Princess, Angel, Nicole, Kristine, Althea, Samantha, Andrea, Mary Joy, Jasmine, Bea',
    ),
    surnames: list(
      'Santos, Reyes, Cruz, Bautista, Garcia, Mendoza, Ramos, Villanueva, De Leon, Aquino, Dela Cruz, Castillo',
    ),
    languages: (r) => (r.chance(0.5) ? ['tl', 'en'] : ['tl']),
  },
  {
    code: 'UA',
    belfiore: 'Z138',
    weight: 5,
    weightRecent: 8,
    proximity: 0,
    from: "dall'Ucraina",
    male: list('Maksym, Artem, Oleksandr, Dmytro, Mykyta, Bohdan, Ivan, Denys, Andrii, Yaroslav'),
    female: list(
      'Sofiia, Anastasiia, Solomiia, Viktoriia, Mariia, Daryna, Polina, Veronika, Yelyzaveta, Kateryna',
    ),
    surnames: list(
      'Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boiko, Koval, Oliinyk, Lysenko, Moroz, Savchenko',
    ),
    languages: (r) => (r.chance(0.4) ? ['uk', 'ru'] : ['uk']),
  },
  {
    code: 'IN',
    belfiore: 'Z222',
    weight: 4,
    weightRecent: 4,
    proximity: 0,
    from: "dall'India",
    male: list(
      'Gurpreet, Harpreet, Arshdeep, Manpreet, Jaskaran, Rohit, Aarav, Karan, Simranjit, Arjun',
    ),
    female: list(
      'Simran, Jasleen, Navneet, Harleen, Priya, Ananya, Kiran, Manpreet, Gurleen, Riya',
    ),
    surnames: list('Kumar, Sharma, Sandhu, Gill, Dhillon, Sidhu, Patel, Verma'),
    languages: () => ['pa'], // replaced by name in makeName (Hindi for non-Sikh families)
  },
  {
    code: 'PK',
    belfiore: 'Z236',
    weight: 4,
    weightRecent: 7,
    proximity: 0,
    from: 'dal Pakistan',
    male: list('Muhammad Ali, Hassan, Hamza, Usman, Abdullah, Bilal, Ahmed, Zain, Ayaan, Hussain'),
    female: list('Ayesha, Fatima, Zainab, Maryam, Hira, Iqra, Amna, Khadija, Mahnoor, Eman'),
    surnames: list(
      'Khan, Ahmed, Ali, Hussain, Butt, Iqbal, Chaudhry, Malik, Raza, Shah, Akhtar, Javed',
    ),
    languages: (r) => (r.chance(0.5) ? ['ur', 'pa'] : ['ur']),
  },
  {
    code: 'PE',
    belfiore: 'Z611',
    weight: 5,
    weightRecent: 8,
    proximity: 1,
    from: 'dal Perù',
    male: list(
      'Mateo, Santiago, Sebastián, Diego, Alessandro, Thiago, Adrián, Joaquín, Gael, Luis Fernando',
    ),
    female: list(
      'Valentina, Camila, Luciana, Ximena, Mía, Fernanda, Valeria, Daniela, Alessia, Andrea',
    ),
    surnames: list(
      'Quispe, Flores, Huamán, Mamani, Rojas, Chávez, Vargas, Ramírez, Torres, Gutiérrez, Mendoza, Castillo',
    ),
    languages: (r) => (r.chance(0.1) ? ['es', 'qu'] : ['es']),
  },
  {
    code: 'EC',
    belfiore: 'Z605',
    weight: 3,
    weightRecent: 2,
    proximity: 1,
    from: "dall'Ecuador",
    male: list('Josué, Kevin, Bryan, Jordan, Jhon, Mateo, Dylan, Anthony, Joel, Alexander'),
    female: list(
      'Nayeli, Dayana, Mishell, Emily, Kimberly, Doménica, Sofía, Paula, Ariana, Valentina',
    ),
    surnames: list(
      'Zambrano, Cedeño, Vera, Intriago, Mera, Loor, Macías, Moreira, Guamán, Andrade, Pilco, Salazar',
    ),
    languages: () => ['es'],
  },
  {
    code: 'SN',
    belfiore: 'Z343',
    weight: 3,
    weightRecent: 3,
    proximity: 0,
    from: 'dal Senegal',
    male: list(
      'Mamadou, Cheikh, Ousmane, Abdoulaye, Moustapha, Ibrahima, Modou, Serigne, Babacar, Alioune',
    ),
    female: list('Fatou, Aminata, Awa, Mariama, Khady, Ndeye, Coumba, Sokhna, Aissatou, Astou'),
    surnames: list('Diop, Ndiaye, Fall, Sow, Gueye, Diallo, Faye, Mbaye, Sarr, Ba, Seck, Cissé'),
    languages: (r) => (r.chance(0.5) ? ['wo', 'fr'] : ['wo']),
  },
  {
    code: 'BD',
    belfiore: 'Z249',
    weight: 3,
    weightRecent: 6,
    proximity: 0,
    from: 'dal Bangladesh',
    male: list('Arif, Tanvir, Rifat, Sakib, Rafi, Abir, Mahin, Nayeem, Siam, Tahmid'),
    female: list('Nusrat, Sadia, Tasnim, Jannatul, Sumaiya, Farzana, Raisa, Mim, Anika, Lamia'),
    surnames: list('Hossain, Rahman, Islam, Uddin, Ahmed, Miah, Sarker, Chowdhury, Haque, Alam'),
    languages: () => ['bn'],
  },
  {
    code: 'LK',
    belfiore: 'Z209',
    weight: 3,
    weightRecent: 3,
    proximity: 0,
    from: 'dallo Sri Lanka',
    male: list(
      'Kavindu, Tharindu, Sahan, Pasindu, Dinuka, Nimesh, Chamod, Janith, Sanuka, Ravindu',
    ),
    female: list(
      'Sanduni, Nethmi, Tharushi, Dilki, Hansini, Sewwandi, Imasha, Kavisha, Nadeesha, Senuri',
    ),
    surnames: list(
      'Perera, Fernando, De Silva, Jayasinghe, Wickramasinghe, Bandara, Rathnayake, Gunawardena, Dissanayake, Herath',
    ),
    languages: (r) => (r.chance(0.2) ? ['ta'] : ['si']),
  },
  {
    code: 'NG',
    belfiore: 'Z335',
    weight: 2,
    weightRecent: 2,
    proximity: 0,
    from: 'dalla Nigeria',
    male: list(
      'Chinedu, Emeka, Oluwaseun, Tobi, David, Samuel, Chukwuemeka, Daniel, Ifeanyi, Ayomide',
    ),
    female: list(
      'Chiamaka, Blessing, Precious, Favour, Adaeze, Esther, Joy, Ngozi, Temitope, Peace',
    ),
    surnames: list(
      'Okafor, Okeke, Adeyemi, Eze, Obi, Nwosu, Osagie, Igbinedion, Adebayo, Okonkwo, Uzor, Ogbonna',
    ),
    languages: (r) =>
      r
        .weighted([
          [['en', 'ig'], 3],
          [['en', 'yo'], 3],
          [['en', 'bin'], 2],
          [['en'], 2],
        ] as const)
        .slice(),
  },
  {
    code: 'MD',
    belfiore: 'Z140',
    weight: 2,
    weightRecent: 2,
    proximity: 1,
    from: 'dalla Moldova',
    male: list('Ion, Vlad, Nicolae, Daniel, Cristian, Denis, Artur, Maxim, Victor, Mihai'),
    female: list(
      'Cristina, Ana, Mihaela, Nicoleta, Victoria, Doina, Elena, Irina, Adriana, Daniela',
    ),
    surnames: list(
      'Rusu, Ceban, Ciobanu, Țurcan, Cojocaru, Popa, Lungu, Munteanu, Botnaru, Rotaru',
    ),
    languages: (r) => (r.chance(0.4) ? ['ro', 'ru'] : ['ro']),
  },
  {
    code: 'TN',
    belfiore: 'Z352',
    weight: 2,
    weightRecent: 4,
    proximity: 0,
    from: 'dalla Tunisia',
    male: list('Aymen, Mehdi, Skander, Yassine, Wassim, Ghaith, Rayen, Iheb, Amir, Youssef'),
    female: list('Ines, Eya, Rania, Syrine, Nour, Chaima, Yasmine, Maram, Ons, Lina'),
    surnames: list(
      'Ben Salah, Trabelsi, Jlassi, Gharbi, Hamdi, Ben Ali, Mejri, Bouazizi, Chaabane, Ayari',
    ),
    languages: (r) => (r.chance(0.4) ? ['ar', 'fr'] : ['ar']),
  },
  {
    code: 'SV',
    belfiore: 'Z506',
    weight: 2,
    weightRecent: 5,
    proximity: 1,
    from: 'da El Salvador',
    male: list('José, Carlos, Jonathan, Kevin, Edwin, Jefferson, Brandon, Steven, Óscar, Walter'),
    female: list(
      'Fátima, Gabriela, Katherine, Jennifer, Tatiana, Andrea, Yesenia, Karla, Roxana, Marisol',
    ),
    surnames: list(
      'Hernández, López, Martínez, Rivas, Flores, Portillo, Alvarado, Ramos, Orellana, Argueta',
    ),
    languages: () => ['es'],
  },
  {
    code: 'BR',
    belfiore: 'Z602',
    weight: 1,
    weightRecent: 1,
    proximity: 1,
    from: 'dal Brasile',
    male: list('Gabriel, Miguel, Arthur, Davi, Pedro, Lucas'),
    female: list('Ana Clara, Beatriz, Júlia, Isabela, Laura, Lívia'),
    surnames: list('Silva, Santos, Oliveira, Souza, Pereira, Lima, Ferreira, Costa'),
    languages: () => ['pt'],
  },
];
