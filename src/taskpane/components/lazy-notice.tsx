/** The lazy-loaded Notice, with nothing shown while its chunk arrives (a split second). */
import { Suspense, lazy, type ReactElement } from 'react';
import type { NoticeProps } from './notice';

const Notice = lazy(() => import(/* webpackChunkName: "notice" */ './notice'));

export function LazyNotice(props: NoticeProps): ReactElement {
  return (
    <Suspense fallback={null}>
      <Notice {...props} />
    </Suspense>
  );
}
