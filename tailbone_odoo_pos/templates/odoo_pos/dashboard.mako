## -*- coding: utf-8; -*-
<%inherit file="/page.mako" />

<%def name="title()">Odoo POS Sales Dashboard</%def>

<%def name="page_content()">
  <div class="odoo-pos-dashboard">
    <form method="get" action="${request.route_url('odoo_pos.dashboard')}" class="block">
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
        % for day in sales.days:
            <tr data-day="${day.isoformat()}">
              <td>${day.isoformat()}</td>
              % for store in sales.stores:
                  <% cell = sales.cells.get((store, day)) %>
                  % if cell:
                      <td class="orders" data-store="${store}">${cell.orders}</td>
                      <td>${app.render_currency(cell.net)}</td>
                      <td>${app.render_currency(cell.tax)}</td>
                      <td class="gross" data-store="${store}">${app.render_currency(cell.gross)}</td>
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
              <th>${total.orders}</th>
              <th>${app.render_currency(total.net)}</th>
              <th>${app.render_currency(total.tax)}</th>
              <th>${app.render_currency(total.gross)}</th>
          % endfor
        </tr>
      </tfoot>
    </table>
    % if not sales.stores:
        <p class="block">No sales between ${sales.start.isoformat()} and ${sales.end.isoformat()}.</p>
    % endif
  </div>
</%def>
