<?xml version="1.0" encoding="UTF-8"?>
<!-- print.xsl - printer-friendly article: site name, the article, its source and address;
     no menu, search or related articles. Not indexed by search engines. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="article.xsl"/>

  <xsl:template name="shell">
    <html lang="{$lang}">
      <head>
        <xsl:call-template name="head"/>
      </head>
      <body class="print">
        <header class="site">
          <div class="wrap top">
            <p class="brand">
              <xsl:call-template name="emblem"/>
              <span>
                <span class="portal"><xsl:value-of select="$L/portal"/></span>
                <span class="name"><xsl:value-of select="$site/full-name"/></span>
              </span>
            </p>
          </div>
        </header>
        <main id="noi-dung">
          <xsl:apply-templates select="$P/content/article"/>
          <xsl:if test="$P/content/article/@url">
            <p class="url">
              <xsl:value-of select="concat($L/article-url, ' ')"/>
              <a href="{$P/content/article/@url}"><xsl:value-of select="$P/content/article/@url"/></a>
            </p>
          </xsl:if>
        </main>
        <footer class="site">
          <div class="wrap">
            <p class="copy">
              <xsl:call-template name="fmt">
                <xsl:with-param name="key" select="'copyright'"/>
                <xsl:with-param name="a" select="substring($P/@now, 1, 4)"/>
                <xsl:with-param name="b" select="$site/full-name"/>
              </xsl:call-template>
            </p>
          </div>
        </footer>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="content/article" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template name="article-tools"/>
</xsl:stylesheet>
