/** Start pages of roles whose tools come in a later release: the monitor. */
import { Alert } from '../ui/Alert.tsx';
import type { Directory } from '../shell/directory.ts';
import { Shell } from '../shell/Shell.tsx';

const pages = {
  monitor: {
    title: 'Monitor komt binnenkort',
    text: 'Hier zie je straks in cijfers welke vragen en meldingen het steunpunt krijgt en welke signalen het ziet. Zonder namen en zonder wat mensen zelf hebben geschreven.',
    roles: ['swv-lezer', 'coordinator'] as const,
  },
};

export default function ComingSoonPage(props: { directory: Directory; page: keyof typeof pages }) {
  const page = pages[props.page];
  return (
    <Shell directory={props.directory} current="home" allow={page.roles}>
      {() => (
        <>
          <h1 className="utrecht-heading-1">{page.title}</h1>
          <Alert type="info">
            <p className="utrecht-paragraph">{page.text}</p>
          </Alert>
        </>
      )}
    </Shell>
  );
}
