<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin/consultations.xsl - drafts for public comment: the list (<consultations new>) and one
  (<consultation id action list><value name value><error key arg?/>?</value>…<upload id attached?>name</upload>…
  <comment id state date name email>text</comment>…</consultation>) with its form and the
  moderation of its comments (portal_admin_forms.c). admin/consultation.xsl imports it.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="content/consultations" mode="title"><xsl:value-of select="$L/ac-title"/></xsl:template>
  <xsl:template match="content/consultation" mode="title"><xsl:value-of select="$L/ac-edit"/></xsl:template>

  <xsl:template match="content/consultations">
    <h1><xsl:value-of select="$L/ac-title"/></h1>
    <p><a href="{@new}"><xsl:value-of select="$L/ac-new"/></a></p>
    <xsl:choose>
      <xsl:when test="consultation">
        <div class="table-wrap" role="region" aria-label="{$L/ac-title}" tabindex="0">
          <table>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$L/ac-col-title"/></th>
                <th scope="col"><xsl:value-of select="$L/ac-col-period"/></th>
                <th scope="col"><xsl:value-of select="$L/ac-col-state"/></th>
                <th scope="col"><xsl:value-of select="$L/ac-col-pending"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="consultation">
                <xsl:variable name="sk" select="concat('ac-st-', @state)"/>
                <tr>
                  <td><a href="{@href}"><xsl:value-of select="."/></a></td>
                  <td><xsl:value-of select="concat(@opens, ' – ', @closes)"/></td>
                  <td><xsl:call-template name="str"><xsl:with-param name="key" select="$sk"/></xsl:call-template></td>
                  <td><xsl:value-of select="@pending"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$L/ac-none"/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="c-field">
    <xsl:param name="name"/>
    <xsl:param name="type" select="'text'"/>
    <xsl:param name="multiline" select="false()"/>
    <xsl:param name="rows" select="4"/>
    <xsl:param name="required" select="false()"/>
    <xsl:variable name="f" select="value[@name = $name]"/>
    <xsl:variable name="lk" select="concat('ac-f-', $name)"/>
    <xsl:call-template name="form-field">
      <xsl:with-param name="id" select="concat('f-', $name)"/>
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="label" select="$L/*[local-name() = $lk]"/>
      <xsl:with-param name="type" select="$type"/>
      <xsl:with-param name="value" select="$f/@value"/>
      <xsl:with-param name="multiline" select="$multiline"/>
      <xsl:with-param name="rows" select="$rows"/>
      <xsl:with-param name="required" select="$required"/>
      <xsl:with-param name="error"><xsl:apply-templates select="$f" mode="error"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="content/consultation">
    <h1><xsl:value-of select="$L/ac-edit"/></h1>
    <form method="post" action="{@action}">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="c-field"><xsl:with-param name="name" select="'title'"/><xsl:with-param name="required" select="true()"/></xsl:call-template>
      <xsl:call-template name="c-field"><xsl:with-param name="name" select="'summary'"/><xsl:with-param name="multiline" select="true()"/><xsl:with-param name="rows" select="3"/></xsl:call-template>
      <xsl:call-template name="c-field"><xsl:with-param name="name" select="'body'"/><xsl:with-param name="multiline" select="true()"/><xsl:with-param name="rows" select="12"/></xsl:call-template>
      <xsl:call-template name="c-field"><xsl:with-param name="name" select="'unit'"/><xsl:with-param name="required" select="true()"/></xsl:call-template>
      <xsl:call-template name="c-field"><xsl:with-param name="name" select="'contact'"/><xsl:with-param name="required" select="true()"/></xsl:call-template>
      <xsl:call-template name="c-field"><xsl:with-param name="name" select="'opens'"/><xsl:with-param name="type" select="'datetime-local'"/><xsl:with-param name="required" select="true()"/></xsl:call-template>
      <xsl:call-template name="c-field"><xsl:with-param name="name" select="'closes'"/><xsl:with-param name="type" select="'datetime-local'"/><xsl:with-param name="required" select="true()"/></xsl:call-template>
      <xsl:if test="upload">
        <fieldset>
          <legend><xsl:value-of select="$L/ac-files"/></legend>
          <xsl:for-each select="upload">
            <p>
              <input type="checkbox" id="f-file-{@id}" name="file" value="{@id}">
                <xsl:if test="@attached"><xsl:attribute name="checked">checked</xsl:attribute><xsl:attribute name="disabled">disabled</xsl:attribute></xsl:if>
              </input>
              <label for="f-file-{@id}"><xsl:value-of select="."/></label>
            </p>
          </xsl:for-each>
        </fieldset>
      </xsl:if>
      <p><button type="submit" name="action" value="save"><xsl:value-of select="$L/ac-save"/></button></p>
    </form>
    <xsl:if test="normalize-space(@id)">
      <h2><xsl:value-of select="$L/ac-comments"/></h2>
      <xsl:choose>
        <xsl:when test="comment">
          <ol class="comments">
            <xsl:for-each select="comment">
              <xsl:variable name="ck" select="concat('ac-cm-', @state)"/>
              <li>
                <p>
                  <strong><xsl:call-template name="str"><xsl:with-param name="key" select="$ck"/></xsl:call-template></strong>
                  <xsl:value-of select="concat(' · ', @date)"/>
                  <xsl:if test="@name">
                    <xsl:text> · </xsl:text>
                    <xsl:call-template name="fmt">
                      <xsl:with-param name="key" select="'ac-from'"/>
                      <xsl:with-param name="a" select="@name"/>
                      <xsl:with-param name="b" select="@email"/>
                    </xsl:call-template>
                  </xsl:if>
                </p>
                <div style="white-space:pre-line"><xsl:value-of select="."/></div>
                <xsl:if test="@state = 'pending'">
                  <form method="post" action="{../@action}">
                    <xsl:call-template name="csrf"/>
                    <input type="hidden" name="comment" value="{@id}"/>
                    <button type="submit" name="action" value="approve"><xsl:value-of select="$L/ac-approve"/></button>
                    <xsl:text> </xsl:text>
                    <button type="submit" name="action" value="reject"><xsl:value-of select="$L/ac-reject"/></button>
                  </form>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ol>
        </xsl:when>
        <xsl:otherwise><p><xsl:value-of select="$L/ac-no-comments"/></p></xsl:otherwise>
      </xsl:choose>
    </xsl:if>
    <p><a href="{@list}"><xsl:value-of select="$L/ac-title"/></a></p>
  </xsl:template>
</xsl:stylesheet>
