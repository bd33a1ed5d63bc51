## -*- coding: utf-8; -*-
<%inherit file="/page.mako" />

<%def name="title()">Odoo POS Sync Status</%def>

<%def name="page_content()">
  <div class="odoo-pos-sync" data-healthy="${'true' if healthy else 'false'}">
    <p class="block">
      % if healthy:
          <span class="tag is-success is-medium verdict">Healthy</span>
      % else:
          <span class="tag is-danger is-medium verdict">Unhealthy</span>
      % endif
      &nbsp; A model is unhealthy when its last run failed or its last good run
      is more than ${max_lag} ago.
    </p>
    <p class="block lag-note">
      Lag (how far a cursor is behind Odoo's newest change) is measured by
      <code>rattail odoo-pos-check</code>, which asks Odoo; this page reads only
      local rows, so it shows the time since each model's last good run.
    </p>
    % for source in sources:
        <div class="box odoo-pos-source" data-source="${source.key}"
             data-healthy="${'true' if source.healthy else 'false'}">
          <h3 class="title is-5">
            Source ${source.key}
            % if source.healthy:
                <span class="tag is-success">healthy</span>
            % else:
                <span class="tag is-danger">unhealthy</span>
            % endif
          </h3>
          <p class="block">${source.where}</p>
          % if source.error:
              <p class="block has-text-danger source-error">
                Last run of the source failed${(' at ' + app.render_datetime(app.localtime(source.error_at))) if source.error_at else ''}:
                ${source.error}
              </p>
          % endif
          <p class="block source-rejected" data-rejected="${source.rejected}">
            % if source.rejected:
                <span class="has-text-danger">Rejected records waiting:</span>
                % if source.rejected_url:
                    <a href="${source.rejected_url}">${'{:,}'.format(source.rejected)} open</a>
                % else:
                    ${'{:,}'.format(source.rejected)} open
                % endif
                (Odoo records that could not be stored; each run retries them)
            % else:
                Rejected records waiting: none
            % endif
          </p>
          % if source.problems:
              <ul class="block problems">
                % for problem in source.problems:
                    <li class="has-text-danger">${problem}</li>
                % endfor
              </ul>
          % endif
          <table class="table is-narrow is-fullwidth">
            <thead>
              <tr>
                <th>Odoo model</th>
                <th>Cursor</th>
                <th>Since last good run</th>
                <th>Last run</th>
                <th>Last error</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              % for row in source.models:
                  <tr class="model-row" data-model="${row.odoo_model}"
                      data-healthy="${'true' if row.healthy else 'false'}">
                    <td>${row.odoo_model}</td>
                    <td>${app.render_datetime(app.localtime(row.cursor)) if row.cursor else ''}</td>
                    <td class="since-success">${row.since_success}</td>
                    <td>${app.render_datetime(app.localtime(row.last_run)) if row.last_run else ''}</td>
                    <td class="has-text-danger">${row.last_error or ''}</td>
                    <td>
                      % if row.healthy:
                          <span class="tag is-success">ok</span>
                      % else:
                          <span class="tag is-danger">problem</span>
                      % endif
                    </td>
                  </tr>
              % endfor
            </tbody>
          </table>
        </div>
    % endfor
  </div>
</%def>
