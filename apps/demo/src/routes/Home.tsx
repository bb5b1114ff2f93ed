import { Playground } from '../components/Playground';
import { StatusBrowser } from '../components/StatusBrowser';
import { usePageLocale } from '../page-locale';
import { UnknownLocale } from './NotFound';

/** The index: `/` in the visitor's language, `/<locale>/` in that locale. */
export function Home({ locale }: { locale?: string }) {
  if (locale !== undefined) return <LocaleHome locale={locale} />;
  return <Index />;
}

function LocaleHome({ locale }: { locale: string }) {
  const known = usePageLocale(locale);
  return known ? <Index /> : <UnknownLocale locale={locale} />;
}

function Index() {
  return (
    <>
      <Playground />
      <StatusBrowser />
    </>
  );
}
