<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin/royalties.xsl - the royalties report of a period (printable):
  <royalties action period first-day last-day csv-href kinds-href? items total base-rate? amount?>
    <provider name login? unit count total amount?>
      <item id href published kind coef>title</item>*
    </provider>*
  </royalties>
    <choice period href current?/>*   links to other periods (any period or from/to range
                                      also works typed into the address: ?period=…, ?from=…&to=…)
  The CSV link downloads the same figures.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="content/royalties" mode="title"><xsl:value-of select="$L/roy-report-title"/></xsl:template>

  <xsl:template match="content/royalties">
    <xsl:variable name="money" select="boolean(@base-rate)"/>
    <h1><xsl:value-of select="$L/roy-report-title"/></h1>
    <p>
      <xsl:call-template name="fmt">
        <xsl:with-param name="key" select="'roy-range'"/>
        <xsl:with-param name="a" select="@period"/>
        <xsl:with-param name="b" select="concat(@first-day, ' – ', @last-day)"/>
      </xsl:call-template>
    </p>
    <nav aria-labelledby="ky-bao-cao">
      <h2 id="ky-bao-cao"><xsl:value-of select="$L/roy-period"/></h2>
      <p class="hint"><xsl:value-of select="$L/roy-report-hint"/></p>
      <ul class="periods">
        <xsl:for-each select="choice">
          <li>
            <a href="{@href}">
              <xsl:if test="@current = '1'"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
              <xsl:value-of select="@period"/>
            </a>
          </li>
        </xsl:for-each>
      </ul>
    </nav>
    <p>
      <xsl:choose>
        <xsl:when test="$money">
          <xsl:call-template name="fmt">
            <xsl:with-param name="key" select="'roy-rate-is'"/>
            <xsl:with-param name="a" select="@base-rate"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$L/roy-no-rate"/></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="string(@kinds-href)">
        <xsl:text> </xsl:text><a href="{@kinds-href}"><xsl:value-of select="$L/roy-kinds-link"/></a>
      </xsl:if>
    </p>
    <p><a href="{@csv-href}" download=""><xsl:value-of select="$L/roy-csv"/></a></p>
    <xsl:choose>
      <xsl:when test="provider">
        <xsl:for-each select="provider">
          <section class="provider" aria-labelledby="ncc-{position()}">
            <h2 id="ncc-{position()}">
              <xsl:value-of select="@name"/>
              <xsl:if test="string(@login)"><xsl:value-of select="concat(' (', @login, ')')"/></xsl:if>
              <xsl:if test="string(@unit)"><xsl:value-of select="concat(' – ', @unit)"/></xsl:if>
            </h2>
            <div class="table-wrap" role="region" aria-labelledby="ncc-{position()}" tabindex="0">
              <table>
                <thead><tr>
                  <th scope="col"><xsl:value-of select="$L/roy-title"/></th>
                  <th scope="col"><xsl:value-of select="$L/roy-published"/></th>
                  <th scope="col"><xsl:value-of select="$L/roy-kind"/></th>
                  <th scope="col"><xsl:value-of select="$L/roy-coef"/></th>
                </tr></thead>
                <tbody>
                  <xsl:for-each select="item">
                    <tr>
                      <td><a href="{@href}"><xsl:value-of select="."/></a></td>
                      <td><xsl:value-of select="@published"/></td>
                      <td><xsl:value-of select="@kind"/></td>
                      <td class="coef"><xsl:value-of select="@coef"/></td>
                    </tr>
                  </xsl:for-each>
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colspan="3"><xsl:value-of select="$L/roy-total"/></th>
                    <td class="total"><xsl:value-of select="@total"/></td>
                  </tr>
                  <xsl:if test="$money">
                    <tr>
                      <th scope="row" colspan="3"><xsl:value-of select="$L/roy-amount"/></th>
                      <td class="amount"><xsl:value-of select="@amount"/></td>
                    </tr>
                  </xsl:if>
                </tfoot>
              </table>
            </div>
          </section>
        </xsl:for-each>
        <p class="grand-total">
          <xsl:call-template name="fmt">
            <xsl:with-param name="key" select="'roy-grand-total'"/>
            <xsl:with-param name="a" select="@items"/>
            <xsl:with-param name="b" select="@total"/>
          </xsl:call-template>
          <xsl:if test="$money"><xsl:value-of select="concat(' – ', $L/roy-amount, ': ', @amount)"/></xsl:if>
        </p>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$L/roy-empty"/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
