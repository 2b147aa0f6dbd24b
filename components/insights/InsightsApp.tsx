// The insights page: the writer's habits over time, from counts kept on this device only. A weekly
// chart of findings by category with the swaps accepted, the three most frequent habits of the
// month with what replaces each, the strengths used more than the month before, and the share of
// replies sent cool. The chart is plain SVG: eight bars need no library, and SVG takes the page's
// colours (the category tokens, light and dark) and an accessible name like any element.
import { useEffect, useState } from 'preact/hooks';
import { RULE_GROUPS } from '../../lib/coach/rules';
import { isFlagExample } from '../../lib/coach/rules/types';
import { categoryInfo, FLAG_CATEGORIES, type FlagCategory } from '../../lib/coach/categories';
import { t } from '../../lib/i18n';
import { coolReplies, habits, isEmpty, strengthsUp, weekly, type Insights, type WeekBar } from '../../lib/insights/schema';
import { deleteInsights, exportInsights, loadInsights, watchInsights } from '../../lib/insights/store';
import { labelOf } from '../categories';
import { useSettings, useTheme } from '../pages/useSettings';
import { PageBrand } from '../pages/PageParts';
import '../pages/pages.css';
import './InsightsApp.css';

/** A rule group as the page names it: its title, and the swap its examples give ("try …"). */
function groupInfo(id: string, category: string): { title: string; tryInstead: string | null } {
  const g = RULE_GROUPS.find((x) => x.id === id);
  if (!g) return { title: t('insightsJudged', labelOf(category)), tryInstead: null };
  const swap = g.rules.flatMap((r) => r.examples).filter(isFlagExample).find((e) => e.swap)?.swap ?? null;
  return { title: g.title, tryInstead: swap };
}

const weekLabel = (day: string) => new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' }).format(new Date(`${day}T12:00:00`));

function WeeklyChart({ weeks }: { weeks: WeekBar[] }) {
  const W = 640, H = 220, padL = 30, padB = 28, padT = 10;
  const totals = weeks.map((w) => FLAG_CATEGORIES.reduce((n, c) => n + w.flags[c], 0));
  const max = Math.max(4, ...totals, ...weeks.map((w) => w.swapped));
  const step = (W - padL) / weeks.length;
  const bw = Math.min(44, step * 0.62);
  const y = (v: number) => H - padB - (v / max) * (H - padB - padT);
  const ticks = [0, Math.round(max / 2), max];
  const summary = weeks.map((w, i) => t('insightsChartWeek', weekLabel(w.start), String(totals[i]), String(w.swapped))).join('; ');
  return (
    <figure class="in-chart-wrap">
      <svg class="in-chart" data-testid="insights-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${t('insightsChartTitle')}: ${summary}`}>
        {ticks.map((v) => (
          <g key={v}>
            <line class="in-grid" x1={padL} x2={W} y1={y(v)} y2={y(v)} />
            <text class="in-axis" x={padL - 6} y={y(v) + 4} text-anchor="end">{v}</text>
          </g>
        ))}
        {weeks.map((w, i) => {
          const x = padL + i * step + (step - bw) / 2;
          let base = 0;
          return (
            <g key={w.start} data-week={w.start} data-flags={totals[i]} data-swapped={w.swapped}>
              {FLAG_CATEGORIES.map((c) => {
                const v = w.flags[c];
                if (!v) return null;
                const top = y(base + v);
                const rect = <rect key={c} x={x} y={top} width={bw} height={y(base) - top} rx="3" style={{ fill: `var(${categoryInfo(c).colour})` }} />;
                base += v;
                return rect;
              })}
              {w.swapped > 0 && <circle class="in-swap-dot" cx={x + bw / 2} cy={y(w.swapped)} r="5" />}
              <text class="in-axis" x={x + bw / 2} y={H - 8} text-anchor="middle">{weekLabel(w.start)}</text>
            </g>
          );
        })}
      </svg>
      <figcaption class="in-legend">
        {FLAG_CATEGORIES.map((c: FlagCategory) => (
          <span key={c} class="in-key"><span class="in-swatch" style={{ background: `var(${categoryInfo(c).colour})` }} />{labelOf(c)}</span>
        ))}
        <span class="in-key"><span class="in-swatch in-swatch-swap" />{t('insightsSwapsAccepted')}</span>
      </figcaption>
    </figure>
  );
}

export function InsightsApp({ now = () => new Date() }: { now?: () => Date }) {
  const [settings] = useSettings();
  useTheme(settings);
  const [data, setData] = useState<Insights | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadInsights().then((s) => { if (live) setData(s); }, () => { if (live) setData({ version: 1, days: {} }); });
    const stop = watchInsights((s) => { if (live) setData(s); });
    return () => { live = false; stop(); };
  }, []);
  if (!data) return <main class="in-page" aria-busy="true" />;
  const today = now();
  const empty = isEmpty(data);

  const onExport = () => {
    const blob = new Blob([exportInsights(data, today)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'balcony-insights.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const onDelete = () => { void deleteInsights().then(() => { setData({ version: 1, days: {} }); setNotice(t('insightsDeleted')); }); };

  const weeks = weekly(data, today, 8);
  const top = habits(data, today, 3);
  const up = strengthsUp(data, today);
  const cool = coolReplies(data, today);
  const month = Object.entries(data.days).filter(([d]) => d >= weeks[4]!.start);
  const drafts = month.reduce((n, [, d]) => n + d.drafts, 0);
  const swaps = month.reduce((n, [, d]) => n + Object.values(d.groups).reduce((m, g) => m + g.swapped, 0), 0);

  return (
    <main class="in-page">
      <header class="in-head">
        <PageBrand title={t('insightsTitle')} subtitle={t('insightsSubtitle')} />
        <div class="in-actions">
          <button type="button" class="pg-btn" data-testid="insights-export" onClick={onExport} disabled={empty}>{t('insightsExport')}</button>
          <button type="button" class="pg-btn pg-btn-danger" data-testid="insights-delete" onClick={onDelete} disabled={empty}>{t('insightsDelete')}</button>
        </div>
      </header>
      <p class="in-privacy" data-testid="insights-privacy">{t('insightsPrivacy')}</p>
      {notice && <p class="pg-alert pg-alert-ok" role="status">{notice}</p>}
      {empty ? (
        <section class="pg-card in-empty" data-testid="insights-empty">
          <h2>{t('insightsEmptyTitle')}</h2>
          <p class="pg-muted">{t('insightsEmpty')}</p>
        </section>
      ) : (
        <>
          <section class="in-stats" aria-label={t('insightsMonth')}>
            <div class="in-stat" data-testid="insights-drafts"><span class="in-stat-n">{drafts}</span><span class="in-stat-l">{t('insightsDraftsCoached')}</span></div>
            <div class="in-stat" data-testid="insights-swaps"><span class="in-stat-n">{swaps}</span><span class="in-stat-l">{t('insightsSwapsMonth')}</span></div>
            <div class="in-stat" data-testid="insights-cool"><span class="in-stat-n">{cool.share == null ? '—' : `${Math.round(cool.share * 100)}%`}</span>
              <span class="in-stat-l">{cool.sent ? t('insightsCoolShare', String(cool.sent)) : t('insightsCoolNone')}</span></div>
          </section>
          <section class="pg-card" aria-labelledby="in-h-weeks">
            <h2 id="in-h-weeks">{t('insightsChartTitle')}</h2>
            <WeeklyChart weeks={weeks} />
          </section>
          <section class="pg-card" aria-labelledby="in-h-habits">
            <h2 id="in-h-habits">{t('insightsHabitsTitle')}</h2>
            {top.length ? (
              <ol class="in-habits">
                {top.map((h) => {
                  const info = groupInfo(h.group, h.category);
                  return (
                    <li key={h.group} class="in-habit" data-testid="insights-habit" data-rule-group={h.group} data-times={h.times}>
                      <span class="in-dot" style={{ background: `var(${categoryInfo(h.category).colour})` }} />
                      <span class="in-habit-text">
                        <strong>{info.title}</strong> — {t('insightsTimes', String(h.times))}
                        {info.tryInstead && <> → {t('insightsTry')} <q class="in-try">{info.tryInstead}</q></>}
                      </span>
                    </li>
                  );
                })}
              </ol>
            ) : <p class="pg-muted">{t('insightsNoHabits')}</p>}
          </section>
          <section class="pg-card" aria-labelledby="in-h-strengths">
            <h2 id="in-h-strengths">{t('insightsStrengthsTitle')}</h2>
            {up.length ? (
              <ul class="in-strengths">
                {up.map((s) => (
                  <li key={s.group} data-testid="insights-strength" data-rule-group={s.group}>
                    <strong>{groupInfo(s.group, 'strength').title}</strong> — {t('insightsStrengthUp', String(s.now), String(s.before))}
                  </li>
                ))}
              </ul>
            ) : <p class="pg-muted">{t('insightsNoStrengths')}</p>}
          </section>
        </>
      )}
    </main>
  );
}
