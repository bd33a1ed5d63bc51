## -*- coding: utf-8; -*-
<%inherit file="/page.mako" />

<%def name="title()">${report.title}</%def>

<%def name="page_content()">
  <div class="odoo-pos-report" data-report="${report.slug}">
    <p class="block">
      % for other in reports:
          % if other.slug == report.slug:
              <strong>${other.title}</strong>
          % else:
              <a href="${request.route_url(other.route, _query=query)}">${other.title}</a>
          % endif
          % if not loop.last:
              &middot;
          % endif
      % endfor
    </p>
    <form method="get" action="${request.current_route_url(_query={})}" class="block">
      <label>Store
        <select name="store">
          <option value="">All stores</option>
          % for uuid, name in stores.items():
              <option value="${uuid}" ${'selected' if uuid == result.store_uuid else ''}>${name}</option>
          % endfor
        </select>
      </label>
      &nbsp;
      <label>Business days from <input type="date" name="start" value="${result.start.isoformat()}" /></label>
      &nbsp;
      <label>to <input type="date" name="end" value="${result.end.isoformat()}" /></label>
      &nbsp;
      <button type="submit" class="button is-primary is-small">Show</button>
      &nbsp;
      <a class="button is-small odoo-pos-download-csv" href="${download_url('csv')}">Download CSV</a>
      <a class="button is-small odoo-pos-download-xlsx" href="${download_url('xlsx')}">Download XLSX</a>
    </form>

    <p class="block odoo-pos-report-scope">${result.store_name}, business days
      ${result.start.isoformat()} to ${result.end.isoformat()} (each store's own time zone;
      sales in state paid, done or invoiced; refunds negative)</p>

    <table class="table is-narrow is-striped odoo-pos-report-table">
      <thead>
        <tr>
          % for col in report.columns:
              <th class="${'has-text-right' if col.kind != 'text' else ''}">${col.label}</th>
          % endfor
        </tr>
      </thead>
      <tbody>
        % for row in result.rows:
            <tr>
              % for col in report.columns:
                  <td data-key="${col.key}" class="${'has-text-right' if col.kind != 'text' else ''}">${cell(row[col.key], col.kind)}</td>
              % endfor
            </tr>
        % endfor
      </tbody>
      <tfoot>
        <tr class="totals">
          % for col in report.columns:
              <th data-key="${col.key}" class="${'has-text-right' if col.kind != 'text' else ''}">${cell(result.totals[col.key], col.kind)}</th>
          % endfor
        </tr>
      </tfoot>
    </table>
    % if not result.rows:
        <p class="block">No sales in this range.</p>
    % endif
  </div>
</%def>
