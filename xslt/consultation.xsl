<?xml version="1.0" encoding="UTF-8"?>
<!--
  consultation.xsl - drafts for public comment (mod_portal_forms.c): the list
  (<consultations>) and one draft (<consultation>) with its full text, files, dates, the unit
  receiving comments, the published (moderated) comments, and the form while it is open. The
  commenters' names and e-mails are never in the document.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="consultations" mode="title"><xsl:value-of select="$L/consultations"/></xsl:template>
  <xsl:template match="content/consultation" mode="title"><xsl:value-of select="title"/></xsl:template>
  <xsl:template match="content/consultation" mode="description"><xsl:value-of select="summary"/></xsl:template>

  <xsl:template name="window">
    <xsl:variable name="sk" select="concat('cs-', @state)"/>
    <p class="meta">
      <strong><xsl:call-template name="str"><xsl:with-param name="key" select="$sk"/></xsl:call-template></strong>
      <xsl:text> · </xsl:text>
      <xsl:call-template name="fmt">
        <xsl:with-param name="key" select="'cs-period'"/>
        <xsl:with-param name="a" select="@opens"/>
        <xsl:with-param name="b" select="@closes"/>
      </xsl:call-template>
      <xsl:text> · </xsl:text>
      <xsl:call-template name="fmt">
        <xsl:with-param name="key" select="'cs-count'"/>
        <xsl:with-param name="a" select="@comments"/>
      </xsl:call-template>
    </p>
  </xsl:template>

  <xsl:template match="consultations">
    <h1><xsl:value-of select="$L/consultations"/></h1>
    <p><xsl:value-of select="$L/cs-intro"/></p>
    <xsl:choose>
      <xsl:when test="consultation">
        <ul class="list">
          <xsl:for-each select="consultation">
            <li>
              <h2><a href="{@href}"><xsl:value-of select="title"/></a></h2>
              <xsl:call-template name="window"/>
              <xsl:if test="normalize-space(summary)"><p><xsl:value-of select="summary"/></p></xsl:if>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$L/cs-none"/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="content/consultation">
    <article class="consultation">
      <h1><xsl:value-of select="title"/></h1>
      <xsl:call-template name="window"/>
      <xsl:if test="normalize-space(summary)"><p class="lead"><xsl:value-of select="summary"/></p></xsl:if>
      <dl class="facts">
        <dt><xsl:value-of select="$L/cs-unit"/></dt>
        <dd><xsl:value-of select="unit"/></dd>
        <dt><xsl:value-of select="$L/cs-contact"/></dt>
        <dd><xsl:value-of select="contact"/></dd>
      </dl>
      <xsl:if test="file">
        <h2><xsl:value-of select="$L/cs-files"/></h2>
        <ul>
          <xsl:for-each select="file">
            <li><a href="{@href}"><xsl:value-of select="."/></a></li>
          </xsl:for-each>
        </ul>
      </xsl:if>
      <xsl:if test="body/node()">
        <h2><xsl:value-of select="$L/cs-text"/></h2>
        <div class="body"><xsl:copy-of select="body/node()"/></div>
      </xsl:if>
      <h2><xsl:value-of select="$L/cs-comments"/></h2>
      <xsl:choose>
        <xsl:when test="comment">
          <ol class="comments">
            <xsl:for-each select="comment">
              <li><p class="meta"><xsl:value-of select="@date"/></p><div class="text"><xsl:value-of select="."/></div></li>
            </xsl:for-each>
          </ol>
        </xsl:when>
        <xsl:otherwise><p><xsl:value-of select="$L/cs-no-comments"/></p></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="not(form)">
        <xsl:call-template name="form-problem">
          <xsl:with-param name="code" select="@problem"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:apply-templates select="form"/>
      <p><a href="{@list}"><xsl:value-of select="$L/cs-back"/></a></p>
    </article>
  </xsl:template>

  <xsl:template match="consultation/form">
    <section aria-labelledby="gop-y-tieu-de">
      <h2 id="gop-y-tieu-de"><xsl:value-of select="$L/cs-form"/></h2>
      <p><xsl:value-of select="$L/cs-form-intro"/></p>
      <xsl:call-template name="form-problem">
        <xsl:with-param name="code" select="../@problem"/>
        <xsl:with-param name="count" select="@errors"/>
      </xsl:call-template>
      <form class="form" method="post" action="{@action}" novalidate="novalidate">
        <input type="hidden" name="csrf" value="{@csrf}"/>
        <xsl:call-template name="form-field">
          <xsl:with-param name="f" select="field[@name='name']"/>
          <xsl:with-param name="label" select="$L/cs-f-name"/>
          <xsl:with-param name="required" select="true()"/>
          <xsl:with-param name="maxlength" select="100"/>
          <xsl:with-param name="autocomplete" select="'name'"/>
        </xsl:call-template>
        <xsl:call-template name="form-field">
          <xsl:with-param name="f" select="field[@name='email']"/>
          <xsl:with-param name="label" select="$L/cs-f-email"/>
          <xsl:with-param name="required" select="true()"/>
          <xsl:with-param name="type" select="'email'"/>
          <xsl:with-param name="maxlength" select="100"/>
          <xsl:with-param name="autocomplete" select="'email'"/>
        </xsl:call-template>
        <xsl:call-template name="form-field">
          <xsl:with-param name="f" select="field[@name='body']"/>
          <xsl:with-param name="label" select="$L/cs-f-body"/>
          <xsl:with-param name="required" select="true()"/>
          <xsl:with-param name="multiline" select="true()"/>
          <xsl:with-param name="rows" select="8"/>
          <xsl:with-param name="maxlength" select="5000"/>
        </xsl:call-template>
        <xsl:call-template name="honeypot"/>
        <button type="submit"><xsl:value-of select="$L/cs-send"/></button>
      </form>
    </section>
  </xsl:template>
</xsl:stylesheet>
