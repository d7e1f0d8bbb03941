import { useLiveQuery } from 'dexie-react-hooks';
import { useRepos } from '../../app/ReposContext';
import type { SurveyFilter } from '../../db/repositories/surveyRepository';

/** The survey rounds under a filter with their 满意率, live; undefined while loading. */
export function useSurveyOverview(filter: SurveyFilter) {
  const repos = useRepos();
  return useLiveQuery(() => repos.surveys.overview(filter), [repos, filter.text, filter.status]);
}

/** One round, its returned forms and figures, live. */
export function useSurveyRound(id: string) {
  const repos = useRepos();
  return useLiveQuery(async () => {
    const round = await repos.surveys.get(id);
    if (!round) return null;
    const [forms, figures] = await Promise.all([
      repos.surveys.responses(id),
      repos.surveys.figures(id),
    ]);
    return { round, forms, figures };
  }, [repos, id]);
}
