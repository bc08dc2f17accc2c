<?xml version="1.0" encoding="UTF-8"?>
<!--
  questions.xsl - Hỏi - Đáp (mod_portal_forms.c): the answered questions (<questions>), the
  question form (<ask>), the status of a question by its code (<lookup>), one answered question
  (<qa>), and the short answers of the forms (<notice>, e.g. after a rating). No page of these
  is cached; the status page never shows who asked nor what they wrote.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="questions" mode="title"><xsl:value-of select="$L/questions"/></xsl:template>
  <xsl:template match="ask" mode="title"><xsl:value-of select="$L/qa-ask"/></xsl:template>
  <xsl:template match="lookup" mode="title"><xsl:value-of select="$L/qa-status-title"/></xsl:template>
  <xsl:template match="qa" mode="title"><xsl:value-of select="question/title"/></xsl:template>
  <xsl:template match="notice" mode="title"><xsl:value-of select="$L/rate-title"/></xsl:template>

  <!-- ============================================================ list -->
  <xsl:template match="questions">
    <h1><xsl:value-of select="$L/questions"/></h1>
    <p><xsl:value-of select="$L/qa-intro"/></p>
    <p><a href="{@ask}"><strong><xsl:value-of select="$L/qa-ask"/></strong></a></p>
    <xsl:call-template name="lookup-form">
      <xsl:with-param name="action" select="@lookup"/>
    </xsl:call-template>
    <h2><xsl:value-of select="$L/qa-answered-list"/></h2>
    <xsl:choose>
      <xsl:when test="question">
        <ul class="list">
          <xsl:for-each select="question">
            <li>
              <h3><a href="{@href}"><xsl:value-of select="title"/></a></h3>
              <xsl:call-template name="qa-meta"/>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$L/qa-none"/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="qa-meta">
    <p class="meta">
      <xsl:value-of select="concat($L/qa-field, ' ', @field-name, ' · ', $L/qa-asked, ' ', @asked)"/>
      <xsl:if test="@answered">
        <xsl:value-of select="concat(' · ', $L/qa-answered-on, ' ', @answered)"/>
      </xsl:if>
      <xsl:if test="@agency">
        <xsl:value-of select="concat(' · ', $L/qa-agency, ' ', @agency)"/>
      </xsl:if>
    </p>
  </xsl:template>

  <xsl:template name="lookup-form">
    <xsl:param name="action"/>
    <xsl:param name="code"/>
    <form class="form" method="get" action="{$action}" aria-labelledby="tra-cuu-tieu-de">
      <h2 id="tra-cuu-tieu-de"><xsl:value-of select="$L/qa-lookup"/></h2>
      <div class="field">
        <label for="ma-tra-cuu"><xsl:value-of select="$L/qa-code"/></label>
        <p class="hint" id="ma-tra-cuu-goi-y"><xsl:value-of select="$L/qa-code-hint"/></p>
        <input type="text" id="ma-tra-cuu" name="ma" value="{$code}" maxlength="20"
               autocomplete="off" aria-describedby="ma-tra-cuu-goi-y"/>
      </div>
      <button type="submit"><xsl:value-of select="$L/qa-lookup-button"/></button>
    </form>
  </xsl:template>

  <!-- ============================================================ one answered question -->
  <xsl:template match="qa">
    <article class="qa">
      <h1><xsl:value-of select="question/title"/></h1>
      <xsl:for-each select="question"><xsl:call-template name="qa-meta"/></xsl:for-each>
      <h2><xsl:value-of select="$L/qa-question"/></h2>
      <div class="text"><xsl:value-of select="question/text"/></div>
      <h2><xsl:value-of select="$L/qa-answer"/></h2>
      <div class="answer"><xsl:value-of select="question/answer"/></div>
      <p><a href="{@list}"><xsl:value-of select="$L/qa-back"/></a></p>
    </article>
  </xsl:template>

  <!-- ============================================================ the form -->
  <xsl:template match="ask">
    <xsl:variable name="F" select="field"/>
    <h1><xsl:value-of select="$L/qa-ask"/></h1>
    <p>
      <xsl:call-template name="fmt">
        <xsl:with-param name="key" select="'qa-form-intro'"/>
        <xsl:with-param name="a" select="@days"/>
      </xsl:call-template>
    </p>
    <xsl:call-template name="form-problem">
      <xsl:with-param name="code" select="@problem"/>
      <xsl:with-param name="count" select="@errors"/>
    </xsl:call-template>
    <form class="form" method="post" action="{@action}" novalidate="novalidate">
      <input type="hidden" name="csrf" value="{@csrf}"/>
      <p><xsl:value-of select="$L/qa-required-note"/></p>
      <fieldset class="choice">
        <legend><xsl:value-of select="$L/qa-who"/></legend>
        <input type="radio" id="f-kind-individual" name="kind" value="individual">
          <xsl:if test="@kind = 'individual'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
        </input>
        <label for="f-kind-individual"><xsl:value-of select="$L/qa-individual"/></label>
        <input type="radio" id="f-kind-organisation" name="kind" value="organisation">
          <xsl:if test="@kind = 'organisation'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
        </input>
        <label for="f-kind-organisation"><xsl:value-of select="$L/qa-organisation"/></label>
      </fieldset>
      <fieldset>
        <legend><xsl:value-of select="$L/qa-about-you"/></legend>
        <xsl:call-template name="form-field">
          <xsl:with-param name="f" select="$F[@name='name']"/>
          <xsl:with-param name="label" select="$L/qa-f-name"/>
          <xsl:with-param name="required" select="true()"/>
          <xsl:with-param name="maxlength" select="100"/>
          <xsl:with-param name="autocomplete" select="'name'"/>
        </xsl:call-template>
        <xsl:call-template name="form-field">
          <xsl:with-param name="f" select="$F[@name='phone']"/>
          <xsl:with-param name="label" select="$L/qa-f-phone"/>
          <xsl:with-param name="required" select="true()"/>
          <xsl:with-param name="type" select="'tel'"/>
          <xsl:with-param name="maxlength" select="20"/>
          <xsl:with-param name="autocomplete" select="'tel'"/>
        </xsl:call-template>
        <xsl:call-template name="form-field">
          <xsl:with-param name="f" select="$F[@name='email']"/>
          <xsl:with-param name="label" select="$L/qa-f-email"/>
          <xsl:with-param name="note" select="$L/qa-required-organisation"/>
          <xsl:with-param name="type" select="'email'"/>
          <xsl:with-param name="maxlength" select="100"/>
          <xsl:with-param name="autocomplete" select="'email'"/>
        </xsl:call-template>
        <fieldset>
          <legend><xsl:value-of select="$L/qa-individual-part"/></legend>
          <xsl:call-template name="form-field">
            <xsl:with-param name="f" select="$F[@name='nationality']"/>
            <xsl:with-param name="label" select="$L/qa-f-nationality"/>
            <!-- a fresh form proposes the usual answer -->
            <xsl:with-param name="value">
              <xsl:choose>
                <xsl:when test="@fresh = '1'"><xsl:value-of select="$L/qa-nationality-usual"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="$F[@name='nationality']/@value"/></xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
            <xsl:with-param name="note" select="$L/qa-required-individual"/>
            <xsl:with-param name="maxlength" select="60"/>
          </xsl:call-template>
          <xsl:call-template name="form-field">
            <xsl:with-param name="f" select="$F[@name='id_number']"/>
            <xsl:with-param name="label" select="$L/qa-f-id_number"/>
            <xsl:with-param name="note" select="$L/qa-required-individual"/>
            <xsl:with-param name="maxlength" select="20"/>
            <xsl:with-param name="autocomplete" select="'off'"/>
          </xsl:call-template>
          <xsl:call-template name="form-field">
            <xsl:with-param name="f" select="$F[@name='address']"/>
            <xsl:with-param name="label" select="$L/qa-f-address"/>
            <xsl:with-param name="note" select="$L/qa-required-individual"/>
            <xsl:with-param name="maxlength" select="200"/>
            <xsl:with-param name="autocomplete" select="'street-address'"/>
          </xsl:call-template>
        </fieldset>
        <fieldset>
          <legend><xsl:value-of select="$L/qa-org-part"/></legend>
          <xsl:call-template name="form-field">
            <xsl:with-param name="f" select="$F[@name='organisation']"/>
            <xsl:with-param name="label" select="$L/qa-f-organisation"/>
            <xsl:with-param name="note" select="$L/qa-required-organisation"/>
            <xsl:with-param name="maxlength" select="200"/>
            <xsl:with-param name="autocomplete" select="'organization'"/>
          </xsl:call-template>
          <xsl:call-template name="form-field">
            <xsl:with-param name="f" select="$F[@name='title']"/>
            <xsl:with-param name="label" select="$L/qa-f-title"/>
            <xsl:with-param name="note" select="$L/qa-required-organisation"/>
            <xsl:with-param name="maxlength" select="100"/>
            <xsl:with-param name="autocomplete" select="'organization-title'"/>
          </xsl:call-template>
        </fieldset>
      </fieldset>
      <fieldset>
        <legend><xsl:value-of select="$L/qa-your-question"/></legend>
        <xsl:variable name="fe-error"><xsl:apply-templates select="$F[@name='field']" mode="error"/></xsl:variable>
        <div class="field">
          <xsl:call-template name="label-of">
            <xsl:with-param name="id" select="'f-field'"/>
            <xsl:with-param name="label" select="$L/qa-f-field"/>
            <xsl:with-param name="required" select="true()"/>
          </xsl:call-template>
          <xsl:call-template name="error-of">
            <xsl:with-param name="id" select="'f-field'"/>
            <xsl:with-param name="error" select="$fe-error"/>
          </xsl:call-template>
          <select id="f-field" name="field" required="required">
            <xsl:call-template name="described">
              <xsl:with-param name="id" select="'f-field'"/>
              <xsl:with-param name="error" select="$fe-error"/>
            </xsl:call-template>
            <option value=""><xsl:value-of select="$L/qa-choose"/></option>
            <xsl:for-each select="choice">
              <option value="{@key}">
                <xsl:if test="@selected"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                <xsl:value-of select="."/>
              </option>
            </xsl:for-each>
          </select>
        </div>
        <xsl:call-template name="form-field">
          <xsl:with-param name="f" select="$F[@name='subject']"/>
          <xsl:with-param name="label" select="$L/qa-f-subject"/>
          <xsl:with-param name="required" select="true()"/>
          <xsl:with-param name="maxlength" select="200"/>
        </xsl:call-template>
        <xsl:call-template name="form-field">
          <xsl:with-param name="f" select="$F[@name='body']"/>
          <xsl:with-param name="label" select="$L/qa-f-body"/>
          <xsl:with-param name="required" select="true()"/>
          <xsl:with-param name="multiline" select="true()"/>
          <xsl:with-param name="rows" select="8"/>
          <xsl:with-param name="maxlength" select="5000"/>
        </xsl:call-template>
      </fieldset>
      <xsl:call-template name="honeypot"/>
      <button type="submit"><xsl:value-of select="$L/qa-send"/></button>
    </form>
  </xsl:template>

  <!-- ============================================================ status -->
  <xsl:template match="lookup">
    <h1><xsl:value-of select="$L/qa-status-title"/></h1>
    <xsl:if test="@not-found">
      <div class="problem" role="alert"><p><xsl:value-of select="$L/qa-not-found"/></p></div>
    </xsl:if>
    <xsl:if test="@new and status">
      <div class="ok-box" role="status">
        <p><xsl:value-of select="$L/qa-new"/></p>
        <p class="code"><xsl:value-of select="status/@code"/></p>
      </div>
    </xsl:if>
    <xsl:apply-templates select="status"/>
    <xsl:call-template name="lookup-form">
      <xsl:with-param name="action" select="@action"/>
      <xsl:with-param name="code" select="@code"/>
    </xsl:call-template>
    <p><a href="{@list}"><xsl:value-of select="$L/qa-back"/></a></p>
  </xsl:template>

  <xsl:template match="status">
    <xsl:variable name="sk" select="concat('qs-', @state)"/>
    <section class="status" aria-labelledby="tinh-trang">
      <h2 id="tinh-trang"><xsl:value-of select="concat($L/qa-code, ' ', @code)"/></h2>
      <dl class="facts">
        <dt><xsl:value-of select="$L/qa-state"/></dt>
        <dd><strong><xsl:call-template name="str"><xsl:with-param name="key" select="$sk"/></xsl:call-template></strong></dd>
        <dt><xsl:value-of select="$L/qa-field"/></dt>
        <dd><xsl:value-of select="@field-name"/></dd>
        <dt><xsl:value-of select="$L/qa-received-on"/></dt>
        <dd><xsl:value-of select="@received"/></dd>
        <xsl:if test="@state != 'answered' and @state != 'rejected'">
          <dt><xsl:value-of select="$L/qa-due"/></dt>
          <dd>
            <xsl:value-of select="@due"/>
            <xsl:if test="@overdue"><xsl:value-of select="concat(' ', $L/qa-overdue)"/></xsl:if>
          </dd>
        </xsl:if>
      </dl>
      <xsl:if test="progress">
        <p><strong><xsl:value-of select="$L/qa-progress"/></strong><xsl:text> </xsl:text><xsl:value-of select="progress"/></p>
      </xsl:if>
      <xsl:if test="reason">
        <p><strong><xsl:value-of select="$L/qa-reason"/></strong><xsl:text> </xsl:text><xsl:value-of select="reason"/></p>
      </xsl:if>
      <h3><xsl:value-of select="$L/qa-history"/></h3>
      <ol>
        <xsl:for-each select="event">
          <xsl:variable name="ek" select="concat('ev-', @kind)"/>
          <li>
            <xsl:value-of select="concat(@date, ': ')"/>
            <xsl:call-template name="fmt">
              <xsl:with-param name="key" select="$ek"/>
              <xsl:with-param name="a">
                <xsl:choose>
                  <xsl:when test="@kind = 'progress'"><xsl:value-of select="@due"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="@agency"/></xsl:otherwise>
                </xsl:choose>
              </xsl:with-param>
            </xsl:call-template>
          </li>
        </xsl:for-each>
      </ol>
      <xsl:if test="answer">
        <h3><xsl:value-of select="$L/qa-answer"/></h3>
        <div class="answer"><xsl:value-of select="answer"/></div>
        <p><a href="{@href}"><xsl:value-of select="$L/qa-read-answer"/></a></p>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- ============================================================ notice -->
  <xsl:template match="notice">
    <h1><xsl:value-of select="$L/rate-title"/></h1>
    <xsl:call-template name="form-problem">
      <xsl:with-param name="code" select="@code"/>
    </xsl:call-template>
    <p><a href="{@back}"><xsl:value-of select="$L/rate-back"/></a></p>
  </xsl:template>
</xsl:stylesheet>
