// /admin/cms-start.js: the admin page's one script of ours, bundled from src/cms/ by
// src/integrations/decap.ts (esbuild) and loaded before Decap's bundle. It holds the CMS
// until the page has parsed (CMS_MANUAL_INIT), completes the Vietnamese locale, loads
// what the form checks against (admin/form-data.json), registers the project's widgets,
// previews and hooks, and only then starts Decap.
import { VI_LOCALE_FIXES } from '../locale-vi.ts';
import { WIDGETS, PLAN_COLLECTION_PREFIX, REPORT_COLLECTION_PREFIX } from '../collections.ts';
import { CheckedSelectControl } from './check-widget.ts';
import { DateControl, DatePreview } from './date-widget.ts';
import { checkBeforePublish, fillIdsOnSave } from './events.ts';
import { labelledListControl } from './labelled-list.ts';
import { watchLabels } from './labels.ts';
import { MoneyControl, MoneyPreview } from './money-widget.ts';
import { PlanActivityControl } from './plan-activity-widget.ts';
import { PlanPreview, PREVIEW_CSS, ReportPreview } from './previews.ts';
import { loadSiteData, siteData } from './site-data.ts';

window.CMS_MANUAL_INIT = true;

function merge(target: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(extra)) {
    target[key] = value && typeof value === 'object' ? merge({ ...((target[key] as Record<string, unknown>) ?? {}) }, value as Record<string, unknown>) : value;
  }
  return target;
}

async function start(): Promise<void> {
  const CMS = window.CMS;
  const vi = merge(JSON.parse(JSON.stringify(CMS.getLocale('vi') ?? {})) as Record<string, unknown>, VI_LOCALE_FIXES as unknown as Record<string, unknown>);
  CMS.registerLocale('vi', vi);
  // Decap speaks English until it has read the config ("Loading configuration..."): not here.
  CMS.registerLocale('en', vi);

  const configUrl = document.querySelector<HTMLLinkElement>('link[rel="cms-config-url"]')?.href ?? new URL('config.yml', window.location.href).href;
  await loadSiteData(new URL('form-data.json', configUrl).href);

  CMS.registerWidget(WIDGETS.money, MoneyControl(), MoneyPreview);
  CMS.registerWidget(WIDGETS.date, DateControl(), DatePreview);
  CMS.registerWidget(WIDGETS.checkedSelect, CheckedSelectControl(), CMS.getWidget('select')?.preview);
  CMS.registerWidget(WIDGETS.planActivity, PlanActivityControl());
  CMS.registerWidget(WIDGETS.list, labelledListControl(), CMS.getWidget('list')?.preview);

  CMS.registerPreviewStyle(PREVIEW_CSS, { raw: true });
  for (const cycle of siteData()?.cycles ?? []) {
    CMS.registerPreviewTemplate(`${PLAN_COLLECTION_PREFIX}${cycle.id}`, PlanPreview);
    for (const period of cycle.periods) CMS.registerPreviewTemplate(`${REPORT_COLLECTION_PREFIX}${cycle.id}-${period.id}`, ReportPreview);
  }
  CMS.registerEventListener({ name: 'preSave', handler: fillIdsOnSave });
  CMS.registerEventListener({ name: 'prePublish', handler: checkBeforePublish });

  watchLabels(new Map((siteData()?.registry.units ?? []).map((u) => [u.id, u.name])));
  CMS.init();
}

document.addEventListener('DOMContentLoaded', () => void start());
