/**
 * On the beheer home: how many steunpunten have no reply address or no active medewerker,
 * with the way to "Nog in te vullen". Says nothing while all is well or while it loads.
 */
import { useEffect, useState } from 'react';
import { backofficePaths } from '../shell/paths.ts';
import { Alert } from '../ui/Alert.tsx';
import { loadGaps, urgentText } from './gaps-api.ts';

export function UrgentSteunpunten() {
  const [urgent, setUrgent] = useState(0);

  useEffect(() => {
    void loadGaps(true).then((result) => {
      if (result.ok) setUrgent(result.data.steunpunten.filter((s) => s.urgent).length);
    });
  }, []);

  if (urgent === 0) return null;
  return (
    <Alert type="warning">
      <p className="utrecht-paragraph">
        <strong>Let op:</strong> {urgentText(urgent)} Vragen en reacties van ouders kunnen daar
        blijven liggen.{' '}
        <a className="utrecht-link utrecht-link--html-a" href={backofficePaths.gaps}>
          Bekijk wat nog ontbreekt
        </a>
      </p>
    </Alert>
  );
}
