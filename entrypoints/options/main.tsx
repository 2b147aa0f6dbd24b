import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { t } from '@/lib/i18n';

document.title = t('optionsTitle');
render(<OptionsApp />, document.getElementById('app')!);
