<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin/login.xsl - the login form.
  <login action="…" login="what was typed"><error key="err-auth-denied"/>?</login>
  The error (wrong login or password, account locked…) concerns both fields: it is shown once
  above them (role="alert") and both inputs point to it with aria-describedby/aria-invalid.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="content/login" mode="title"><xsl:value-of select="$L/login-title"/></xsl:template>

  <xsl:template match="content/login">
    <xsl:variable name="said"><xsl:apply-templates select="error" mode="say"/></xsl:variable>
    <xsl:variable name="error" select="normalize-space($said)"/>
    <xsl:variable name="err-id"><xsl:if test="$error">dang-nhap-loi</xsl:if></xsl:variable>
    <div class="narrow">
      <h1><xsl:value-of select="$L/login-title"/></h1>
      <p>
        <xsl:call-template name="fmt">
          <xsl:with-param name="key" select="'login-intro'"/>
          <xsl:with-param name="a" select="$site/@full-name"/>
        </xsl:call-template>
      </p>
      <form method="post" action="{@action}">
        <xsl:call-template name="csrf"/>
        <xsl:if test="$error">
          <div class="error-summary" id="dang-nhap-loi" role="alert">
            <p>
              <strong><xsl:value-of select="concat($L/error-prefix, ' ')"/></strong>
              <xsl:value-of select="$error"/>
            </p>
          </div>
        </xsl:if>
        <xsl:call-template name="form-field">
          <xsl:with-param name="id" select="'f-login'"/>
          <xsl:with-param name="name" select="'login'"/>
          <xsl:with-param name="label" select="$L/f-login"/>
          <xsl:with-param name="value" select="@login"/>
          <xsl:with-param name="required" select="true()"/>
          <xsl:with-param name="autocomplete" select="'username'"/>
          <xsl:with-param name="plain" select="true()"/>
          <xsl:with-param name="describedby" select="$err-id"/>
          <xsl:with-param name="invalid" select="boolean($error)"/>
        </xsl:call-template>
        <xsl:call-template name="form-field">
          <xsl:with-param name="id" select="'f-password'"/>
          <xsl:with-param name="name" select="'password'"/>
          <xsl:with-param name="label" select="$L/f-password"/>
          <xsl:with-param name="type" select="'password'"/>
          <xsl:with-param name="has-value" select="false()"/>
          <xsl:with-param name="required" select="true()"/>
          <xsl:with-param name="autocomplete" select="'current-password'"/>
          <xsl:with-param name="plain" select="true()"/>
          <xsl:with-param name="describedby" select="$err-id"/>
          <xsl:with-param name="invalid" select="boolean($error)"/>
        </xsl:call-template>
        <div class="buttons">
          <button type="submit" name="action" value="login"><xsl:value-of select="$L/login-button"/></button>
        </div>
      </form>
    </div>
  </xsl:template>
</xsl:stylesheet>
