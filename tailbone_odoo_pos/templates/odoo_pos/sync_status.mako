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
                Last run of the source failed${(' at ' + show_time(source.error_at) + ' (' + zone + ')') if source.error_at else ''}:
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
          % if source.never_synced:
              <p class="block has-text-danger never-synced">
                Never synced (${len(source.never_synced)} of ${len(source.models)}):
                ${', '.join(source.never_synced)}
              </p>
          % endif
          <table class="table is-narrow is-fullwidth is-striped odoo-pos-models">
            <thead>
              <tr>
                <th>Model</th>
                <th class="has-text-right">Rows here</th>
                <th>Last run (${zone})</th>
                <th>Last good run (${zone})</th>
                <th>Since last good run</th>
                <th class="has-text-right">Duration</th>
                <th class="has-text-right">Created</th>
                <th class="has-text-right">Updated</th>
                <th class="has-text-right">Deleted</th>
                % if source.any_rejected:
                    <th class="has-text-right">Rejected</th>
                % endif
                % if source.any_conflicts:
                    <th class="has-text-right">Conflicts</th>
                % endif
                <th>Cursor (${zone})</th>
                <th>Last error</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              % for row in source.models:
                  <tr class="model-row" data-model="${row.odoo_model}"
                      data-healthy="${'true' if row.healthy else 'false'}">
                    <td class="model" title="Odoo ${row.odoo_model}">
                      % if row.url:
                          <a href="${row.url}">${row.title}</a>
                      % else:
                          ${row.title}
                      % endif
                      <br><small class="has-text-grey">${row.odoo_model}</small>
                    </td>
                    <td class="rows has-text-right">${'' if row.rows is None else '{:,}'.format(row.rows)}</td>
                    <td class="last-run">${show_time(row.last_run)}</td>
                    <td class="last-success">${show_time(row.last_success)}</td>
                    <td class="since-success">${row.since_success}</td>
                    <td class="duration has-text-right">${format_duration(row.duration)}</td>
                    <td class="created has-text-right">${'' if row.created is None else '{:,}'.format(row.created)}</td>
                    <td class="updated has-text-right">${'' if row.updated is None else '{:,}'.format(row.updated)}</td>
                    <td class="deleted has-text-right">${'' if row.deleted is None else '{:,}'.format(row.deleted)}</td>
                    % if source.any_rejected:
                        <td class="rejected has-text-right">${'{:,}'.format(row.rejected) if row.rejected else ''}</td>
                    % endif
                    % if source.any_conflicts:
                        <td class="conflicts has-text-right">${'{:,}'.format(row.conflicts) if row.conflicts else ''}</td>
                    % endif
                    <td class="cursor">${show_time(row.cursor)}
                      % if row.reading:
                          ${'<br>' if row.cursor else '' | n}<small class="reading has-text-warning-dark">${row.reading}</small>
                      % endif
                    </td>
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
