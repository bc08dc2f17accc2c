<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin/uploads.xsl - images and documents of the portal: an upload form (multipart) and the
  list of what is there, with each file's public address to paste into an article.
  <uploads action="/admin/tep" max="10485760"><file href type size downloads date>name</file>…</uploads>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="content/uploads" mode="title">
    <xsl:value-of select="$L/uploads-title"/>
  </xsl:template>

  <xsl:template match="content/uploads">
    <h1><xsl:value-of select="$L/uploads-title"/></h1>
    <form method="post" action="{@action}" enctype="multipart/form-data">
      <xsl:call-template name="csrf"/>
      <div class="field">
        <label for="f-file"><xsl:value-of select="$L/upload-file"/></label>
        <p class="hint" id="f-file-hint">
          <xsl:call-template name="fmt">
            <xsl:with-param name="key" select="'upload-hint'"/>
            <xsl:with-param name="a" select="@max"/>
          </xsl:call-template>
        </p>
        <input type="file" id="f-file" name="file" aria-describedby="f-file-hint"
               accept=".jpg,.jpeg,.png,.gif,.webp,.pdf,.doc,.docx,.xlsx,.zip"/>
      </div>
      <p><button type="submit" name="action" value="upload"><xsl:value-of select="$L/upload-button"/></button></p>
    </form>
    <xsl:choose>
      <xsl:when test="file">
        <div class="table-wrap" role="region" aria-label="{$L/uploads-title}" tabindex="0">
          <table>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$L/col-file"/></th>
                <th scope="col"><xsl:value-of select="$L/col-type"/></th>
                <th scope="col"><xsl:value-of select="$L/col-size"/></th>
                <th scope="col"><xsl:value-of select="$L/col-downloads"/></th>
                <th scope="col"><xsl:value-of select="$L/col-date"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="file">
                <tr>
                  <td><a href="{@href}"><xsl:value-of select="."/></a><br/><code><xsl:value-of select="@href"/></code></td>
                  <td><xsl:value-of select="@type"/></td>
                  <td><xsl:value-of select="@size"/></td>
                  <td><xsl:value-of select="@downloads"/></td>
                  <td><xsl:value-of select="@date"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$L/uploads-empty"/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
