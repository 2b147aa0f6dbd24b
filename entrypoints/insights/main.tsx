import { render } from 'preact';
import { InsightsApp } from '@/components/insights/InsightsApp';
import { t } from '@/lib/i18n';

document.title = t('insightsTitle');
render(<InsightsApp />, document.getElementById('app')!);
