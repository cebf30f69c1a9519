import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createBridge } from './expose-bridge';

contextBridge.exposeInMainWorld(
  'telaah',
  createBridge(ipcRenderer, (file) => webUtils.getPathForFile(file)),
);
