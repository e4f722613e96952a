import { startApp } from './app/boot';
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
void startApp(container);
