import { startApp } from './app/boot';
import { syncAcrossTabs, useCiteStore } from './citation/store';
import './app/styles.css';

syncAcrossTabs(useCiteStore);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
void startApp(container);
