<?xml version="1.0" encoding="UTF-8"?>
<!-- service.xsl - the catalogue of online public services by field, with their level and a
     link to apply on the National Public Service Portal. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="types.xsl"/>

  <xsl:template name="items">
    <div class="table-wrap" role="region" tabindex="0" aria-label="{@name}">
      <table class="list">
        <caption class="sr-only"><xsl:value-of select="@name"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="$L/sv-name"/></th>
            <th scope="col"><xsl:value-of select="$L/sv-field"/></th>
            <th scope="col"><xsl:value-of select="$L/sv-level"/></th>
            <th scope="col"><xsl:value-of select="$L/sv-apply"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="item">
            <tr>
              <th scope="row"><a href="{@href}"><xsl:value-of select="title"/></a></th>
              <td><xsl:value-of select="field[@name = 'field']"/></td>
              <td><xsl:value-of select="field[@name = 'level']"/></td>
              <td>
                <xsl:for-each select="field[@name = 'url']">
                  <a href="{@href}" rel="noopener">
                    <xsl:value-of select="$L/sv-apply-link"/>
                    <span class="sr-only"><xsl:value-of select="concat(': ', ../title)"/></span>
                  </a>
                </xsl:for-each>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>
</xsl:stylesheet>
