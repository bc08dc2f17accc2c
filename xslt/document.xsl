<?xml version="1.0" encoding="UTF-8"?>
<!-- document.xsl - legal documents: a table that says which are in force, filters by type,
     issuer, field and year; one document with its dates, standing and files. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="types.xsl"/>

  <xsl:template name="items">
    <div class="table-wrap" role="region" tabindex="0" aria-label="{@name}">
      <table class="list">
        <caption class="sr-only"><xsl:value-of select="@name"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="$L/doc-number"/></th>
            <th scope="col"><xsl:value-of select="$L/doc-issued"/></th>
            <th scope="col"><xsl:value-of select="$L/doc-summary"/></th>
            <th scope="col"><xsl:value-of select="$L/doc-standing"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="item">
            <tr>
              <th scope="row"><a href="{@href}"><xsl:value-of select="field[@name = 'number']"/></a></th>
              <td><xsl:apply-templates select="field[@name = 'issued']" mode="value"/></td>
              <td>
                <a href="{@href}"><xsl:value-of select="title"/></a>
                <xsl:if test="normalize-space(summary)"><br/><xsl:value-of select="summary"/></xsl:if>
              </td>
              <td><xsl:call-template name="str"><xsl:with-param name="key" select="concat('doc-', current()/status/@code)"/></xsl:call-template></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>
</xsl:stylesheet>
