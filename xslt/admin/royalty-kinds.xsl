<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin/royalty-kinds.xsl - the site admin's list of kinds of work and their coefficients,
  and the base rate (VND per point):
  <royalty-kinds action report base-rate><kind code coef position>name</kind>*</royalty-kinds>
  Forms post action=kind (code, name, coef, position: adds, or changes the kind of that
  code), action=kind-remove (code), action=rate (base_rate, empty for none).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="content/royalty-kinds" mode="title"><xsl:value-of select="$L/roy-kinds-title"/></xsl:template>

  <xsl:template match="content/royalty-kinds">
    <xsl:variable name="rk" select="."/>
    <h1><xsl:value-of select="$L/roy-kinds-title"/></h1>
    <p class="hint"><xsl:value-of select="$L/roy-kinds-hint"/></p>
    <div class="table-wrap" role="region" aria-label="{$L/roy-kinds-title}" tabindex="0">
      <table>
        <thead><tr>
          <th scope="col"><xsl:value-of select="$L/roy-code"/></th>
          <th scope="col"><xsl:value-of select="$L/roy-name"/></th>
          <th scope="col"><xsl:value-of select="$L/roy-coef"/></th>
          <th scope="col"><xsl:value-of select="$L/roy-position"/></th>
          <th scope="col"><xsl:value-of select="$L/actions"/></th>
        </tr></thead>
        <tbody>
          <xsl:for-each select="kind">
            <tr>
              <td class="code"><xsl:value-of select="@code"/></td>
              <td class="name"><xsl:value-of select="."/></td>
              <td class="coef"><xsl:value-of select="@coef"/></td>
              <td><xsl:value-of select="@position"/></td>
              <td>
                <form method="post" action="{$rk/@action}">
                  <xsl:call-template name="csrf"/>
                  <input type="hidden" name="code" value="{@code}"/>
                  <button type="submit" name="action" value="kind-remove" class="danger"><xsl:value-of select="$L/roy-remove"/></button>
                </form>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
    <section aria-labelledby="the-loai">
      <h2 id="the-loai"><xsl:value-of select="$L/roy-new-kind"/></h2>
      <form method="post" action="{@action}">
        <xsl:call-template name="csrf"/>
        <div class="field">
          <label for="k-code"><xsl:value-of select="$L/roy-code"/></label>
          <input type="text" id="k-code" name="code" required="required" maxlength="40"/>
        </div>
        <div class="field">
          <label for="k-name"><xsl:value-of select="$L/roy-name"/></label>
          <input type="text" id="k-name" name="name" required="required" maxlength="200"/>
        </div>
        <div class="field">
          <label for="k-coef"><xsl:value-of select="$L/roy-coef"/></label>
          <input type="text" id="k-coef" name="coef" required="required" inputmode="decimal"/>
        </div>
        <div class="field">
          <label for="k-pos"><xsl:value-of select="$L/roy-position"/></label>
          <input type="number" id="k-pos" name="position" value="{count(kind) + 1}"/>
        </div>
        <p><button type="submit" name="action" value="kind"><xsl:value-of select="$L/roy-save-kind"/></button></p>
      </form>
    </section>
    <section aria-labelledby="don-gia">
      <h2 id="don-gia"><xsl:value-of select="$L/roy-base-rate"/></h2>
      <form method="post" action="{@action}">
        <xsl:call-template name="csrf"/>
        <div class="field">
          <label for="k-rate"><xsl:value-of select="$L/roy-base-rate"/></label>
          <p class="hint" id="k-rate-hint"><xsl:value-of select="$L/roy-base-rate-hint"/></p>
          <input type="text" id="k-rate" name="base_rate" value="{@base-rate}" inputmode="numeric" aria-describedby="k-rate-hint"/>
        </div>
        <p><button type="submit" name="action" value="rate"><xsl:value-of select="$L/roy-save-rate"/></button></p>
      </form>
    </section>
    <p><a href="{@report}"><xsl:value-of select="$L/roy-report-title"/></a></p>
  </xsl:template>
</xsl:stylesheet>
