## -*- coding: utf-8; -*-
<%inherit file="/page.mako" />

<%def name="title()">Odoo POS Sales Dashboard</%def>

<%def name="figure_cell(figure)">
  <td class="figure" data-period="${figure.period.key}">
    <a class="gross" href="${figure.url}"
       title="${figure.period.start.isoformat()} to ${figure.period.end.isoformat()}: ${figure.current.orders} orders, net ${money(figure.current.net)}">${money(figure.current.gross)}</a>
    <br />
    <span class="orders is-size-7">${figure.current.orders} orders</span>
    <br />
    <span class="change is-size-7"
          title="previous: ${figure.period.prev_start.isoformat()} to ${figure.period.prev_end.isoformat()}, ${money(figure.previous.gross)}">
      % if figure.change is None:
          vs ${money(figure.previous.gross)}
      % elif figure.change >= 0:
          <span class="has-text-success">+${figure.change}%</span> vs ${money(figure.previous.gross)}
      % else:
          <span class="has-text-danger">${figure.change}%</span> vs ${money(figure.previous.gross)}
      % endif
    </span>
  </td>
</%def>

<%def name="page_content()">
  <div class="odoo-pos-dashboard">

    <h3 class="is-size-5 block">At a glance (gross sales, store-local business days)</h3>
    <form method="get" action="${request.route_url('odoo_pos.dashboard')}" class="block">
      <label>As of <input type="date" name="day" value="${day.isoformat() if day else ''}" /></label>
      <span class="is-size-7">(empty: each store's own today)</span>
      &nbsp;
      <button type="submit" class="button is-small">Show</button>
    </form>
    <table class="table is-narrow is-bordered odoo-pos-glance">
      <thead>
        <tr>
          <th>Store</th>
          <th>Today</th>
          <th>Yesterday</th>
          <th>This week</th>
          <th>This month</th>
        </tr>
      </thead>
      <tbody>
        % for name, uuid, today, figures in glance.rows:
            <tr class="${'all-stores' if uuid is None else 'store'}" data-store="${name}" data-today="${today.isoformat()}">
              <th>${name}<br /><span class="is-size-7 has-text-weight-normal">${'' if uuid is None else today.isoformat()}</span></th>
              % for figure in figures:
                  ${figure_cell(figure)}
              % endfor
            </tr>
        % endfor
      </tbody>
    </table>
    % if not glance.rows:
        <p class="block">No store has been imported from Odoo yet.</p>
    % endif

    <h3 class="is-size-5 block">Daily sales</h3>
    <form method="get" action="${request.route_url('odoo_pos.dashboard')}" class="block">
      % if day:
          <input type="hidden" name="day" value="${day.isoformat()}" />
      % endif
      <label>From <input type="date" name="start" value="${sales.start.isoformat()}" /></label>
      &nbsp;
      <label>to <input type="date" name="end" value="${sales.end.isoformat()}" /></label>
      &nbsp;
      <button type="submit" class="button is-primary is-small">Show</button>
    </form>

    <div class="block odoo-pos-chart-box" style="overflow-x: auto;">
      ${chart}
    </div>

    <table class="table is-narrow is-striped odoo-pos-sales">
      <thead>
        <tr>
          <th>Business day</th>
          % for store in sales.stores:
              <th colspan="4" class="has-text-centered">${store}</th>
          % endfor
        </tr>
        <tr>
          <th></th>
          % for store in sales.stores:
              <th>Orders</th><th>Net</th><th>Tax</th><th>Gross</th>
          % endfor
        </tr>
      </thead>
      <tbody>
        % for d in sales.days:
            <tr data-day="${d.isoformat()}">
              <td>${d.isoformat()}</td>
              % for store in sales.stores:
                  <% cell = sales.cells.get((store, d)) %>
                  % if cell:
                      <td class="orders" data-store="${store}"><a href="${orders_url(store, d, d)}">${cell.orders}</a></td>
                      <td>${app.render_currency(cell.net)}</td>
                      <td>${app.render_currency(cell.tax)}</td>
                      <td class="gross" data-store="${store}"><a href="${orders_url(store, d, d)}">${app.render_currency(cell.gross)}</a></td>
                  % else:
                      <td></td><td></td><td></td><td></td>
                  % endif
              % endfor
            </tr>
        % endfor
      </tbody>
      <tfoot>
        <tr class="totals">
          <th>Total</th>
          % for store in sales.stores:
              <% total = sales.total(store) %>
              <th><a href="${orders_url(store, sales.start, sales.end)}">${total.orders}</a></th>
              <th>${app.render_currency(total.net)}</th>
              <th>${app.render_currency(total.tax)}</th>
              <th><a href="${orders_url(store, sales.start, sales.end)}">${app.render_currency(total.gross)}</a></th>
          % endfor
        </tr>
      </tfoot>
    </table>
    % if not sales.stores:
        <p class="block">No sales between ${sales.start.isoformat()} and ${sales.end.isoformat()}.</p>
    % endif
  </div>
</%def>
