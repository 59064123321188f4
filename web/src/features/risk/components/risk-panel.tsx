import { useLanguage } from '@/lib/i18n';
import { useClassCoordinator } from '../api/get-class-coordinator';
import { useNeed, useRisk } from '../api/get-risk';
import { useRiskHistory } from '../api/get-risk-history';
import { useReviewFlag } from '../api/review-flag';
import {
  canReviewFlags,
  canSeeRisk,
  readsNeedOnly,
  reviewQueueScope,
  type RiskViewer,
} from '../lib/permissions';
import { NeedPanelView } from './need-panel-view';
import { RiskPanelView } from './risk-panel-view';

type RiskPanelProps = {
  schoolId: string;
  pupilId: string;
  viewer: RiskViewer;
};

/**
 * The risk flags on the pupil page, live: a flag raised by the functions appears without a
 * reload. Mediators see nothing and nothing is read for them (the rules deny it anyway);
 * educators see the need level (`need/current`), never the evidence of `risk/current`.
 */
export function RiskPanel(props: RiskPanelProps) {
  if (!canSeeRisk(props.viewer.role)) return null;
  if (readsNeedOnly(props.viewer.role)) return <LiveNeedPanel {...props} />;
  return <LiveRiskPanel {...props} />;
}

function LiveNeedPanel({ schoolId, pupilId }: RiskPanelProps) {
  const language = useLanguage();
  const need = useNeed(schoolId, pupilId);
  return <NeedPanelView need={need} language={language} />;
}

function LiveRiskPanel({ schoolId, pupilId, viewer }: RiskPanelProps) {
  const language = useLanguage();
  const risk = useRisk(schoolId, pupilId);
  const history = useRiskHistory(schoolId, pupilId);
  // Only a coordinator needs to know whose class this is; the assessment names the class.
  const classId =
    viewer.role === 'coordinator' && risk.status === 'success'
      ? (risk.data?.classId ?? null)
      : null;
  const coordinator = useClassCoordinator(schoolId, classId);
  const scope = reviewQueueScope(viewer);
  const review = useReviewFlag(scope ? { schoolId, scope } : undefined);

  const canReview = canReviewFlags(viewer, coordinator.data ?? null);
  return (
    <RiskPanelView
      risk={risk}
      history={history}
      language={language}
      onReview={
        canReview
          ? (code, decision, reason) =>
              review.mutateAsync({ schoolId, pupilId, code, decision, reason })
          : undefined
      }
    />
  );
}
