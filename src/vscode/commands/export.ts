/**
 * "Corpus Navigator: Export…": the same records as `corpus-nav export`, chosen in two quick picks
 * (format, and for CSV the table) and written where the save dialog says. Paths (and the ids made
 * from them) are relative to the workspace folder, with its name, as the CLI's are to the folder named.
 */
import * as os from 'node:os';
import * as vscode from 'vscode';
import type { CorpusIndex } from '../corpusIndex';
import { EXPORT_TABLES, countingExport, exportRecords, exportSummary, toCsv, toJsonl, toOpenSearchBulk, type ExportFormat, type ExportTable } from '../../corpus/export';
import { EXPORT } from './ids';
import { articleName } from '../text';

const FORMATS: Array<vscode.QuickPickItem & { format: ExportFormat; extension: string }> = [
  { label: 'JSON Lines', description: '.jsonl', detail: 'Quotes, actors and events, one JSON object a line', format: 'jsonl', extension: 'jsonl' },
  { label: 'CSV', description: '.csv', detail: 'One table (quotes, actors or events) for a spreadsheet', format: 'csv', extension: 'csv' },
  { label: 'OpenSearch / Elasticsearch bulk', description: '.ndjson', detail: 'A _bulk request body with stable ids (see opensearch/mapping.json)', format: 'opensearch', extension: 'ndjson' },
];

/**
 * An article's path in an export, from its index key (a URI string): the workspace folder's name and
 * the path inside it, as `corpus-nav export FOLDER` writes it, so ids agree and no local folder of
 * the user's reaches a shared index. An article outside every workspace folder: its file name.
 */
export function exportedPath(key: string): string {
  const uri = vscode.Uri.parse(key);
  const rel = vscode.workspace.asRelativePath(uri, true);
  return rel === uri.fsPath || rel === uri.path || rel === key ? articleName(key) : rel;
}

/** The folder of this session's last export. */
let lastExportFolder: vscode.Uri | undefined;

/**
 * Where Export… first offers to save file `name`: in the folder of this session's last export, else
 * in the home folder; never beside the articles, whose folder may be shared or kept under version
 * control.
 */
export function exportDefaultUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(lastExportFolder ?? vscode.Uri.file(os.homedir()), name);
}

export function registerExport(index: CorpusIndex): vscode.Disposable {
  return vscode.commands.registerCommand(EXPORT, async () => {
    const format = await vscode.window.showQuickPick(FORMATS, { title: 'Corpus Navigator: Export', placeHolder: 'Export as…' });
    if (!format) return;
    let table: ExportTable = 'quotes';
    if (format.format === 'csv') {
      const picked = await vscode.window.showQuickPick(EXPORT_TABLES.map((t) => ({ label: t })), { title: 'Corpus Navigator: Export CSV', placeHolder: 'Which table?' });
      if (!picked) return;
      table = picked.label as ExportTable;
    }
    const name = `corpus-${format.format === 'csv' ? table : 'export'}.${format.extension}`;
    const target = await vscode.window.showSaveDialog({ defaultUri: exportDefaultUri(name), filters: { [format.label]: [format.extension] } });
    if (!target) return;
    lastExportFolder = vscode.Uri.joinPath(target, '..');
    const { result } = index.view();
    // each article's path made once: events ask again for every source they cite
    const paths = new Map<string, string>();
    const pathOf = (key: string): string => {
      let p = paths.get(key);
      if (p === undefined) paths.set(key, (p = exportedPath(key)));
      return p;
    };
    const tables = format.format === 'csv' ? [table] : EXPORT_TABLES;
    const counts = { quotes: 0, actors: 0, events: 0, articles: 0 };
    const records = countingExport(exportRecords(result, tables, pathOf), counts);
    const chunks = format.format === 'csv' ? [toCsv(records, table)] : format.format === 'jsonl' ? toJsonl(records) : toOpenSearchBulk(records, 'corpus-navigator');
    const text = [...chunks].join('');
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    void vscode.window.showInformationMessage(`Corpus Navigator: ${exportSummary(counts, tables, target.scheme === 'file' ? target.fsPath : target.toString())}.`);
  });
}
