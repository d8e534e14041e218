/**
 * The signal texts a coördinator approved for the period (four eyes; never a text that
 * was not approved), by category, each with the number of cases behind it, protected like
 * every count: "minder dan 5" when it is small.
 */
import type { FiguresAnswer } from './monitor-answer.ts';
import { countText, valueLabel } from './monitor-labels.ts';

export function SignalTexts({ figures }: { figures: FiguresAnswer }) {
  const groups = figures.signals ?? [];
  const { threshold } = figures;
  return (
    <section aria-labelledby="signaalteksten" className="bo-monitor__section">
      <h2 className="utrecht-heading-2" id="signaalteksten">
        Signalen in woorden
      </h2>
      {groups.length === 0 ? (
        <p className="utrecht-paragraph">
          Voor {figures.current.period.label} staan hier nog geen signalen in woorden. Het steunpunt
          zet hier alleen teksten die een coördinator heeft gecontroleerd.
        </p>
      ) : (
        <>
          <p className="utrecht-paragraph">
            Een coördinator van het steunpunt heeft deze teksten gecontroleerd. Er staat nooit iets
            in waaraan je een kind of gezin kunt herkennen.
          </p>
          {groups.map((group) => (
            <section key={group.category} aria-labelledby={`signaal-${group.category}`}>
              <h3 className="utrecht-heading-3" id={`signaal-${group.category}`}>
                {valueLabel('signalCategory', group.category)}
              </h3>
              <ul className="utrecht-unordered-list">
                {group.texts.map((signal) => (
                  <li
                    className="utrecht-unordered-list__item"
                    key={`${signal.month}${signal.text}`}
                  >
                    {signal.text}{' '}
                    <span className="bo-monitor__behind">
                      ({countText(signal.cases, threshold)} contacten)
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </section>
  );
}
