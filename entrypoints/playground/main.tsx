import { render } from 'preact';
import { PlaygroundApp } from '@/components/playground/PlaygroundApp';
import { t } from '@/lib/i18n';

document.title = t('playgroundTitle');
render(<PlaygroundApp />, document.getElementById('app')!);
