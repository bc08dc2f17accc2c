<?xml version="1.0" encoding="UTF-8"?>
<!-- schedule.xsl - the leaders' schedule, one week (this week unless ?tuan= names another),
     a table per day. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="types.xsl"/>

  <xsl:template name="items">
    <xsl:for-each select="week">
      <p class="week-label">
        <xsl:call-template name="fmt">
          <xsl:with-param name="key" select="'week-of'"/>
          <xsl:with-param name="a" select="@from"/>
          <xsl:with-param name="b" select="@to"/>
        </xsl:call-template>
      </p>
      <nav class="week-nav" aria-label="{$L/week-nav}">
        <a href="{@prev}" rel="prev"><xsl:value-of select="$L/week-prev"/></a>
        <a href="{@current}"><xsl:value-of select="$L/week-this"/></a>
        <a href="{@next}" rel="next"><xsl:value-of select="$L/week-next"/></a>
      </nav>
      <xsl:for-each select="day">
        <section aria-labelledby="d-{@iso}">
          <h2 id="d-{@iso}">
            <xsl:value-of select="concat($L/*[local-name() = concat('dow-', current()/@dow)], ', ')"/>
            <time datetime="{@iso}"><xsl:value-of select="@date"/></time>
          </h2>
          <xsl:choose>
            <xsl:when test="item">
              <div class="table-wrap" role="region" tabindex="0" aria-label="{concat($L/*[local-name() = concat('dow-', current()/@dow)], ', ', @date)}">
                <table class="list">
                  <thead>
                    <tr>
                      <th scope="col"><xsl:value-of select="$L/sch-time"/></th>
                      <th scope="col"><xsl:value-of select="$L/sch-what"/></th>
                      <th scope="col"><xsl:value-of select="$L/sch-leader"/></th>
                      <th scope="col"><xsl:value-of select="$L/sch-where"/></th>
                      <th scope="col"><xsl:value-of select="$L/sch-who"/></th>
                    </tr>
                  </thead>
                  <tbody>
                    <xsl:for-each select="item">
                      <tr>
                        <td><xsl:value-of select="field[@name = 'time']"/></td>
                        <th scope="row"><xsl:value-of select="title"/></th>
                        <td><xsl:value-of select="field[@name = 'leader']"/></td>
                        <td><xsl:value-of select="field[@name = 'location']"/></td>
                        <td><xsl:value-of select="field[@name = 'participants']"/></td>
                      </tr>
                    </xsl:for-each>
                  </tbody>
                </table>
              </div>
            </xsl:when>
            <xsl:otherwise><p><xsl:value-of select="$L/sch-none"/></p></xsl:otherwise>
          </xsl:choose>
        </section>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
