<?xml version="1.0" encoding="UTF-8"?>
<!-- contact.xsl - the portal's own contact, then officials by unit: name, position, phone and
     official e-mail. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="types.xsl"/>

  <xsl:template name="items">
    <section aria-labelledby="h-portal-contact">
      <h2 id="h-portal-contact"><xsl:value-of select="$L/portal-contact"/></h2>
      <address class="portal-contact">
        <strong><xsl:value-of select="$site/full-name"/></strong><br/>
        <xsl:if test="normalize-space($site/address)"><xsl:value-of select="$site/address"/><br/></xsl:if>
        <xsl:if test="normalize-space($site/phone)"><xsl:value-of select="concat($L/phone, ' ', $site/phone)"/><br/></xsl:if>
        <xsl:if test="normalize-space($site/email)">
          <xsl:value-of select="concat($L/email, ' ')"/><a href="mailto:{$site/email}"><xsl:value-of select="$site/email"/></a>
        </xsl:if>
      </address>
    </section>
    <div class="table-wrap" role="region" tabindex="0" aria-label="{@name}">
      <table class="list">
        <caption><xsl:value-of select="@name"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="$L/ct-name"/></th>
            <th scope="col"><xsl:value-of select="$L/ct-position"/></th>
            <th scope="col"><xsl:value-of select="$L/ct-unit"/></th>
            <th scope="col"><xsl:value-of select="$L/ct-phone"/></th>
            <th scope="col"><xsl:value-of select="$L/ct-email"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="item">
            <tr>
              <th scope="row"><xsl:value-of select="title"/></th>
              <td><xsl:value-of select="field[@name = 'position']"/></td>
              <td><xsl:value-of select="field[@name = 'unit']"/></td>
              <td><xsl:apply-templates select="field[@name = 'phone']" mode="value"/></td>
              <td><xsl:apply-templates select="field[@name = 'email']" mode="value"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>
</xsl:stylesheet>
