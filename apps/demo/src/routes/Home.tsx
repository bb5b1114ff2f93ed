import { Playground } from '../components/Playground';
import { StatusBrowser } from '../components/StatusBrowser';

export function Home() {
  return (
    <>
      <Playground />
      <StatusBrowser />
    </>
  );
}
