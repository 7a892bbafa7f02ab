/** The page's own style: inline, so that the page opens from a USB stick with nothing beside it. */
export const PAGE_STYLE = `
body { font: 14px/1.5 system-ui, "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; margin: 0 2rem 3rem; color: #222; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.2rem; margin-top: 2rem; } h3 { font-size: 1rem; }
.statuses { list-style: none; padding: 0; display: flex; gap: .5rem; flex-wrap: wrap; }
button { font: inherit; cursor: pointer; border: 1px solid #bbb; background: #fff; border-radius: 4px; padding: .2rem .6rem; }
.status.errors { color: #b00020; } .status.partial { color: #8a4b00; } .status.clean { color: #1b6e20; } .status.blank, .status.unread { color: #666; }
.filters { display: flex; gap: .5rem; margin: .5rem 0; } #filter { flex: 0 1 20rem; padding: .2rem .4rem; }
table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: .15rem .4rem; }
#reports th { cursor: pointer; background: #f3f3f3; position: sticky; top: 0; } #reports th[aria-sort]::after { content: " ↕"; color: #888; }
#reports tbody tr { cursor: pointer; } #reports tbody tr:hover, #reports tbody tr.shown { background: #eef4ff; }
#reports td:nth-child(n+2):nth-child(-n+9) { text-align: right; }
.printed td { text-align: right; min-width: 3rem; } .printed th { text-align: left; font-weight: normal; background: #fafafa; }
td.involved { background: #fff3c4; } td.suspect { background: #ffd6d6; color: #b00020; font-weight: bold; }
td.suspect .expected { display: block; font-size: .8em; font-weight: normal; }
.findings li.error .severity { color: #b00020; } .findings li.warning .severity { color: #8a4b00; } .findings li.info .severity { color: #555; }
.uncovered { color: #8a4b00; } .meta { color: #555; }
.agency { display: flex; gap: 1rem; align-items: flex-start; flex-wrap: wrap; } .agency h3 { flex-basis: 100%; margin-bottom: 0; }
.chart { width: 240px; height: 80px; } .chart polyline { fill: none; stroke-width: 2; } .chart .fresh { stroke: #3367d6; } .chart .handled { stroke: #1b6e20; }
`;

/**
 * The page's behaviour: sort the reports by a column, filter them by text or status, and show a
 * report's details on a click. It reads the page's attributes and text only.
 */
export const PAGE_SCRIPT = `
(() => {
  const table = document.getElementById('reports');
  const body = table.tBodies[0];
  const rows = () => Array.from(body.rows);
  let status = '';
  const apply = () => {
    const text = document.getElementById('filter').value.trim();
    for (const row of rows()) row.hidden = (status !== '' && row.dataset.status !== status) || (text !== '' && !row.textContent.includes(text));
  };
  document.getElementById('filter').addEventListener('input', apply);
  for (const button of document.querySelectorAll('[data-filter]')) button.addEventListener('click', () => { status = button.dataset.filter; apply(); });
  for (const th of table.tHead.rows[0].cells) {
    th.setAttribute('aria-sort', 'none');
    th.addEventListener('click', () => {
      const column = Number(th.dataset.sort);
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of table.tHead.rows[0].cells) other.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const key = (row) => row.cells[column].textContent.trim();
      const compare = th.hasAttribute('data-numeric')
        ? (a, b) => (key(a) === '' ? -Infinity : Number(key(a))) - (key(b) === '' ? -Infinity : Number(key(b)))
        : (a, b) => key(a).localeCompare(key(b), 'zh-CN');
      const sorted = rows().sort((a, b) => (ascending ? compare(a, b) : compare(b, a)));
      for (const row of sorted) body.appendChild(row);
    });
  }
  body.addEventListener('click', (event) => {
    const row = event.target.closest('tr');
    if (!row) return;
    for (const other of rows()) other.classList.toggle('shown', other === row);
    for (const article of document.querySelectorAll('#details article')) article.hidden = article.id !== row.dataset.report;
    document.getElementById(row.dataset.report).scrollIntoView({ block: 'start' });
  });
})();
`;
