## -*- coding: utf-8; -*-
<%inherit file="/page.mako" />

<%def name="title()">Access denied</%def>

<%def name="page_content()">
  <div class="odoo-pos-forbidden content">
    <p class="block message">
      <strong>You (${request.user}) do not have permission to open this page.</strong>
    </p>
    % if missing:
        <p class="block">It needs the permission${'s' if len(missing) > 1 else ''}
          you lack:</p>
        <ul class="missing-permissions">
          % for perm in missing:
              <li data-permission="${perm['key']}">${perm['label']}
                (<code>${perm['key']}</code>)</li>
          % endfor
        </ul>
    % endif
    <p class="block">An administrator grants permissions through a role
      (Admin &gt; Roles); the "POS Manager" role
      (<code>rattail odoo-pos-grant-permissions --manager "POS Manager"</code>)
      has every permission of the Odoo POS pages.</p>
    <p class="block"><a href="${request.route_url('home')}">Back to the home page</a></p>
  </div>
</%def>
