/**
 * The topics of the signed-in person's steunpunt (national and own, hidden ones too: old
 * cases keep theirs), read once per page. Until they are there, or if reading fails, the
 * national list stands in, so a label or a filter is never missing.
 */
import { useEffect, useState } from 'react';
import {
  alwaysOfferedTopic,
  nationalTopics,
  type SteunpuntTopic,
} from '../../../../../functions/topics/topic-schema.ts';
import { portal } from '../../../lib/portal-client.ts';
import { api } from '../shell/api.ts';

export const nationalTopicList: SteunpuntTopic[] = [
  ...Object.entries(nationalTopics).filter(([key]) => key !== alwaysOfferedTopic),
  [alwaysOfferedTopic, nationalTopics[alwaysOfferedTopic]],
].map(([key, label]) => ({ key: key!, label: label!, national: true, hidden: false }));

let loading: Promise<SteunpuntTopic[] | undefined> | undefined;

function load(): Promise<SteunpuntTopic[] | undefined> {
  loading ??= api(portal.backoffice.onderwerpen.$get).then((result) =>
    result.ok ? result.data.topics : undefined,
  );
  return loading;
}

/** After a save: the next reader gets the new list. */
export function forgetSteunpuntTopics(): void {
  loading = undefined;
}

export interface TopicLabels {
  topics: SteunpuntTopic[];
  labelOf: (key: string | undefined) => string;
}

export function topicLabels(topics: SteunpuntTopic[]): TopicLabels {
  const labels = new Map(topics.map((topic) => [topic.key, topic.label]));
  return {
    topics,
    labelOf: (key) => (key === undefined ? '–' : (labels.get(key) ?? key)),
  };
}

export function useSteunpuntTopics(): TopicLabels {
  const [topics, setTopics] = useState(nationalTopicList);
  useEffect(() => {
    let live = true;
    void load().then((loaded) => {
      if (live && loaded) setTopics(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  return topicLabels(topics);
}
