import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './expose-bridge';

contextBridge.exposeInMainWorld('telaah', createBridge(ipcRenderer));
