<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin/site.xsl - the site admin's page: members and their roles, categories, and the
  contact details shown in the portal's footer.
  <site-admin action><members><member login role>name</member>…</members>
    <categories><category slug name-vi name-en position/>…</categories>
    <settings full-name address phone email responsible/>
    <monitoring code [server-code script in-use]/></site-admin>
  (monitoring: the site's own EMC code, "" for none; the server's code, script and the code
  the pages carry, only when the server has PortalMonitoring.)
  Each form posts action=grant|revoke|category|settings|monitoring with the csrf token.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="content/site-admin" mode="title">
    <xsl:value-of select="$L/site-title"/>
  </xsl:template>

  <xsl:template name="input">
    <xsl:param name="id"/>
    <xsl:param name="name"/>
    <xsl:param name="key"/>
    <xsl:param name="value" select="''"/>
    <xsl:param name="type" select="'text'"/>
    <div class="field">
      <label for="{$id}"><xsl:call-template name="str"><xsl:with-param name="key" select="$key"/></xsl:call-template></label>
      <input type="{$type}" id="{$id}" name="{$name}" value="{$value}"/>
    </div>
  </xsl:template>

  <xsl:template match="content/site-admin">
    <h1><xsl:value-of select="$L/site-title"/></h1>

    <section aria-labelledby="thanh-vien">
      <h2 id="thanh-vien"><xsl:value-of select="$L/site-members"/></h2>
      <div class="table-wrap" role="region" aria-labelledby="thanh-vien" tabindex="0">
        <table>
          <thead><tr>
            <th scope="col"><xsl:value-of select="$L/col-user"/></th>
            <th scope="col"><xsl:value-of select="$L/site-login"/></th>
            <th scope="col"><xsl:value-of select="$L/site-role"/></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="members/member">
              <tr>
                <td><xsl:value-of select="."/></td>
                <td><xsl:value-of select="@login"/></td>
                <td><xsl:call-template name="label"><xsl:with-param name="prefix" select="'role-'"/><xsl:with-param name="value" select="@role"/></xsl:call-template></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
      <form method="post" action="{@action}">
        <xsl:call-template name="csrf"/>
        <xsl:call-template name="input">
          <xsl:with-param name="id" select="'m-login'"/>
          <xsl:with-param name="name" select="'login'"/>
          <xsl:with-param name="key" select="'site-login'"/>
        </xsl:call-template>
        <div class="field">
          <label for="m-role"><xsl:value-of select="$L/site-role"/></label>
          <select id="m-role" name="role">
            <option value="contributor"><xsl:call-template name="label"><xsl:with-param name="prefix" select="'role-'"/><xsl:with-param name="value" select="'contributor'"/></xsl:call-template></option>
            <option value="editor"><xsl:call-template name="label"><xsl:with-param name="prefix" select="'role-'"/><xsl:with-param name="value" select="'editor'"/></xsl:call-template></option>
            <option value="chief"><xsl:call-template name="label"><xsl:with-param name="prefix" select="'role-'"/><xsl:with-param name="value" select="'chief'"/></xsl:call-template></option>
            <option value="admin"><xsl:call-template name="label"><xsl:with-param name="prefix" select="'role-'"/><xsl:with-param name="value" select="'admin'"/></xsl:call-template></option>
          </select>
        </div>
        <p>
          <button type="submit" name="action" value="grant"><xsl:value-of select="$L/site-grant"/></button>
          <xsl:text> </xsl:text>
          <button type="submit" name="action" value="revoke"><xsl:value-of select="$L/site-revoke"/></button>
        </p>
      </form>
    </section>

    <section aria-labelledby="chuyen-muc">
      <h2 id="chuyen-muc"><xsl:value-of select="$L/site-categories"/></h2>
      <ul>
        <xsl:for-each select="categories/category">
          <li><xsl:value-of select="concat(@name-vi, ' (', @slug, ')')"/></li>
        </xsl:for-each>
      </ul>
      <p class="hint"><xsl:value-of select="$L/site-category-hint"/></p>
      <form method="post" action="{@action}">
        <xsl:call-template name="csrf"/>
        <xsl:call-template name="input">
          <xsl:with-param name="id" select="'c-slug'"/><xsl:with-param name="name" select="'slug'"/>
          <xsl:with-param name="key" select="'site-slug'"/>
        </xsl:call-template>
        <xsl:call-template name="input">
          <xsl:with-param name="id" select="'c-vi'"/><xsl:with-param name="name" select="'name_vi'"/>
          <xsl:with-param name="key" select="'site-name-vi'"/>
        </xsl:call-template>
        <xsl:call-template name="input">
          <xsl:with-param name="id" select="'c-en'"/><xsl:with-param name="name" select="'name_en'"/>
          <xsl:with-param name="key" select="'site-name-en'"/>
        </xsl:call-template>
        <xsl:call-template name="input">
          <xsl:with-param name="id" select="'c-pos'"/><xsl:with-param name="name" select="'position'"/>
          <xsl:with-param name="key" select="'site-position'"/><xsl:with-param name="type" select="'number'"/>
          <xsl:with-param name="value" select="count(categories/category) + 1"/>
        </xsl:call-template>
        <p><button type="submit" name="action" value="category"><xsl:value-of select="$L/site-save-category"/></button></p>
      </form>
    </section>

    <section aria-labelledby="lien-he">
      <h2 id="lien-he"><xsl:value-of select="$L/site-settings"/></h2>
      <form method="post" action="{@action}">
        <xsl:call-template name="csrf"/>
        <xsl:for-each select="settings">
          <xsl:call-template name="input">
            <xsl:with-param name="id" select="'s-full'"/><xsl:with-param name="name" select="'full_name'"/>
            <xsl:with-param name="key" select="'site-full-name'"/><xsl:with-param name="value" select="@full-name"/>
          </xsl:call-template>
          <xsl:call-template name="input">
            <xsl:with-param name="id" select="'s-address'"/><xsl:with-param name="name" select="'address'"/>
            <xsl:with-param name="key" select="'site-address'"/><xsl:with-param name="value" select="@address"/>
          </xsl:call-template>
          <xsl:call-template name="input">
            <xsl:with-param name="id" select="'s-phone'"/><xsl:with-param name="name" select="'phone'"/>
            <xsl:with-param name="key" select="'site-phone'"/><xsl:with-param name="value" select="@phone"/>
            <xsl:with-param name="type" select="'tel'"/>
          </xsl:call-template>
          <xsl:call-template name="input">
            <xsl:with-param name="id" select="'s-email'"/><xsl:with-param name="name" select="'email'"/>
            <xsl:with-param name="key" select="'site-email'"/><xsl:with-param name="value" select="@email"/>
            <xsl:with-param name="type" select="'email'"/>
          </xsl:call-template>
          <xsl:call-template name="input">
            <xsl:with-param name="id" select="'s-resp'"/><xsl:with-param name="name" select="'responsible'"/>
            <xsl:with-param name="key" select="'site-responsible'"/><xsl:with-param name="value" select="@responsible"/>
          </xsl:call-template>
        </xsl:for-each>
        <p><button type="submit" name="action" value="settings"><xsl:value-of select="$L/site-save-settings"/></button></p>
      </form>
    </section>

    <section aria-labelledby="giam-sat">
      <h2 id="giam-sat"><xsl:value-of select="$L/site-monitoring"/></h2>
      <xsl:for-each select="monitoring">
        <xsl:choose>
          <xsl:when test="@script">
            <p>
              <xsl:call-template name="fmt">
                <xsl:with-param name="key" select="'site-monitoring-on'"/>
                <xsl:with-param name="a" select="@in-use"/>
                <xsl:with-param name="b" select="@script"/>
              </xsl:call-template>
            </p>
          </xsl:when>
          <xsl:otherwise><p><xsl:value-of select="$L/site-monitoring-off"/></p></xsl:otherwise>
        </xsl:choose>
        <form method="post" action="{../@action}">
          <xsl:call-template name="csrf"/>
          <div class="field">
            <label for="s-emc"><xsl:value-of select="$L/site-monitoring-code"/></label>
            <input type="text" id="s-emc" name="monitoring_code" value="{@code}" maxlength="64"
                   pattern="[A-Za-z0-9_\-]*" aria-describedby="s-emc-hint" autocomplete="off"/>
            <p class="hint" id="s-emc-hint">
<xsl:value-of select="$L/site-monitoring-hint"/>
            </p>
          </div>
          <p><button type="submit" name="action" value="monitoring"><xsl:value-of select="$L/site-save-monitoring"/></button></p>
        </form>
      </xsl:for-each>
    </section>
    <p><a href="/admin/nhuan-but/he-so"><xsl:value-of select="$L/roy-kinds-title"/></a></p>
  </xsl:template>
</xsl:stylesheet>
