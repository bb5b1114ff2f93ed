import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { splitTemplate } from '../template';

/**
 * A UI text with its `{{values}}` each in a `<bdi>`: an interpolated code, phrase or query is
 * isolated from the text around it, so "HTTP 404 (Not Found)" keeps its order inside an
 * Arabic sentence, and a right-to-left value cannot reorder a left-to-right sentence.
 */
export function Interpolated({
  i18nKey,
  values,
}: {
  i18nKey: string;
  /** Strings and numbers, or elements such as `<Typed>` for text a visitor typed. */
  values: Readonly<Record<string, ReactNode>>;
}) {
  const { t } = useTranslation();
  const template = String(t(i18nKey, { skipInterpolation: true } as never));
  const parts = splitTemplate(template);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 0 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one template never reorder
          <Fragment key={index}>{part}</Fragment>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one template never reorder
          <bdi key={index}>{values[part] ?? ''}</bdi>
        ),
      )}
    </>
  );
}

/** The longest piece of typed text (from the URL or a search box) that a page repeats. */
const MAX_ECHOED = 24;

/**
 * Text a visitor typed, as a page may repeat it: without control or bidi characters, cut to a
 * few characters, and shown in quotation marks (`<q>`, localized by the browser) so that it
 * reads as what was typed, never as the site's own words.
 */
export function Typed({ text }: { text: string }) {
  const characters = [...text.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, '')];
  const shown =
    characters.length > MAX_ECHOED
      ? `${characters.slice(0, MAX_ECHOED).join('')}…`
      : characters.join('');
  return (
    <q className="typed">
      <bdi>{shown}</bdi>
    </q>
  );
}
