<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin/credits.xsl - the royalties of one item, for the chief editor:
  <credits action item-href item-id title lang translation? published?>
    <credit id login? unit kind kind-name coef>name</credit>*  <kind code coef>name</kind>*
    <member login>name</member>*  <row n="1"/>
  </credits>
  Each credit: a form to change its kind and coefficient (action=change) or remove it
  (action=remove); one row to add a provider (action=add). Every change is audited.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="royalty-rows.xsl"/>

  <xsl:template match="content/credits" mode="title"><xsl:value-of select="$L/roy-credits-title"/></xsl:template>

  <xsl:template match="content/credits">
    <xsl:variable name="c" select="."/>
    <h1><xsl:value-of select="$L/roy-credits-title"/></h1>
    <p>
      <a href="{@item-href}"><xsl:value-of select="@title"/></a>
      <xsl:if test="string(@published)"><xsl:value-of select="concat(' · ', $L/roy-published, ' ', @published)"/></xsl:if>
    </p>
    <xsl:if test="@translation = '1'"><p class="hint"><xsl:value-of select="$L/roy-translation-hint"/></p></xsl:if>
    <p class="hint"><xsl:value-of select="$L/roy-audited"/></p>
    <xsl:choose>
      <xsl:when test="credit">
        <div class="table-wrap" role="region" aria-label="{$L/roy-recorded}" tabindex="0">
          <table>
            <thead><tr>
              <th scope="col"><xsl:value-of select="$L/roy-who"/></th>
              <th scope="col"><xsl:value-of select="$L/roy-unit"/></th>
              <th scope="col"><xsl:value-of select="$L/roy-kind"/></th>
              <th scope="col"><xsl:value-of select="$L/roy-coef"/></th>
              <th scope="col"><xsl:value-of select="$L/actions"/></th>
            </tr></thead>
            <tbody>
              <xsl:for-each select="credit">
                <xsl:variable name="credit" select="."/>
                <tr>
                  <td>
                    <xsl:value-of select="."/>
                    <xsl:if test="string(@login)"><xsl:value-of select="concat(' (', @login, ')')"/></xsl:if>
                  </td>
                  <td><xsl:value-of select="@unit"/></td>
                  <td class="kind"><xsl:value-of select="@kind-name"/></td>
                  <td class="coef"><xsl:value-of select="@coef"/></td>
                  <td>
                    <form method="post" action="{$c/@action}">
                      <xsl:call-template name="csrf"/>
                      <input type="hidden" name="id" value="{@id}"/>
                      <label for="k-{@id}" class="sr-only"><xsl:value-of select="$L/roy-kind"/></label>
                      <select id="k-{@id}" name="kind">
                        <xsl:for-each select="$c/kind[not($c/@translation = '1') or @code = 'dich']">
                          <option value="{@code}">
                            <xsl:if test="@code = $credit/@kind"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                            <xsl:value-of select="concat(., ' (', @coef, ')')"/>
                          </option>
                        </xsl:for-each>
                      </select>
                      <xsl:text> </xsl:text>
                      <label for="h-{@id}"><xsl:value-of select="$L/roy-coef"/></label>
                      <xsl:text> </xsl:text>
                      <input type="text" id="h-{@id}" name="coef" value="{@coef}" size="5" inputmode="decimal"/>
                      <xsl:text> </xsl:text>
                      <button type="submit" name="action" value="change"><xsl:value-of select="$L/roy-change"/></button>
                      <xsl:text> </xsl:text>
                      <button type="submit" name="action" value="remove" class="danger"><xsl:value-of select="$L/roy-remove"/></button>
                    </form>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$L/roy-none-recorded"/></p></xsl:otherwise>
    </xsl:choose>
    <section aria-labelledby="them-nguoi">
      <h2 id="them-nguoi"><xsl:value-of select="$L/roy-add"/></h2>
      <form method="post" action="{@action}">
        <xsl:call-template name="csrf"/>
        <xsl:apply-templates select="row"/>
        <p><button type="submit" name="action" value="add"><xsl:value-of select="$L/roy-add"/></button></p>
      </form>
    </section>
    <p><a href="{@item-href}"><xsl:value-of select="$L/roy-back"/></a></p>
  </xsl:template>
</xsl:stylesheet>
