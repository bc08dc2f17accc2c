<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin/questions.xsl - the questions a tenant handles (<questions>) and one question
  (<question action list open can-act can-answer …>) with its asker, history and the forms of
  the steps it may take (portal_admin_forms.c); an <error key/> says why a step was refused.
  admin/question.xsl imports this file.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="content/questions" mode="title"><xsl:value-of select="$L/aq-title"/></xsl:template>
  <xsl:template match="content/question" mode="title">
    <xsl:call-template name="fmt">
      <xsl:with-param name="key" select="'aq-question'"/>
      <xsl:with-param name="a" select="@code"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="state-of">
    <xsl:variable name="k" select="concat('aq-qs-', @state)"/>
    <xsl:call-template name="str"><xsl:with-param name="key" select="$k"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="question-table">
    <xsl:param name="rows"/>
    <xsl:param name="label"/>
    <xsl:choose>
      <xsl:when test="$rows">
        <div class="table-wrap" role="region" aria-label="{$label}" tabindex="0">
          <table>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$L/aq-col-code"/></th>
                <th scope="col"><xsl:value-of select="$L/aq-col-title"/></th>
                <th scope="col"><xsl:value-of select="$L/aq-col-field"/></th>
                <th scope="col"><xsl:value-of select="$L/aq-col-state"/></th>
                <th scope="col"><xsl:value-of select="$L/aq-col-received"/></th>
                <th scope="col"><xsl:value-of select="$L/aq-col-due"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$rows">
                <tr>
                  <xsl:if test="@overdue"><xsl:attribute name="class">overdue</xsl:attribute></xsl:if>
                  <td><a href="{@href}"><xsl:value-of select="@code"/></a></td>
                  <td><xsl:value-of select="title"/></td>
                  <td><xsl:value-of select="@field-name"/></td>
                  <td><xsl:call-template name="state-of"/></td>
                  <td><xsl:value-of select="@received"/></td>
                  <td>
                    <xsl:value-of select="@due"/>
                    <xsl:if test="@overdue"><xsl:text> </xsl:text><strong class="due overdue"><xsl:value-of select="$L/aq-overdue"/></strong></xsl:if>
                    <xsl:if test="@due-soon"><xsl:text> </xsl:text><strong class="due soon"><xsl:value-of select="$L/aq-due-soon"/></strong></xsl:if>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$L/aq-none"/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="content/questions">
    <h1><xsl:value-of select="$L/aq-title"/></h1>
    <p>
      <xsl:call-template name="fmt">
        <xsl:with-param name="key" select="'aq-today'"/>
        <xsl:with-param name="a" select="@today"/>
      </xsl:call-template>
    </p>
    <xsl:if test="error"><div class="flash flash-error" role="alert"><p><xsl:apply-templates select="error" mode="say"/></p></div></xsl:if>
    <h2><xsl:value-of select="$L/aq-open"/></h2>
    <xsl:call-template name="question-table">
      <xsl:with-param name="rows" select="open/question"/>
      <xsl:with-param name="label" select="$L/aq-open"/>
    </xsl:call-template>
    <h2><xsl:value-of select="$L/aq-closed"/></h2>
    <xsl:call-template name="question-table">
      <xsl:with-param name="rows" select="closed/question"/>
      <xsl:with-param name="label" select="$L/aq-closed"/>
    </xsl:call-template>
    <h2><xsl:value-of select="$L/aq-delegates"/></h2>
    <p><xsl:value-of select="$L/aq-delegates-hint"/></p>
    <xsl:choose>
      <xsl:when test="delegates/delegate">
        <ul>
          <xsl:for-each select="delegates/delegate">
            <li>
              <xsl:value-of select="concat(., ' (', @login, ')')"/>
              <xsl:if test="../@editable = '1'">
                <form method="post" action="{/admin/content/questions/@action}" class="inline">
                  <xsl:call-template name="csrf"/>
                  <input type="hidden" name="login" value="{@login}"/>
                  <button type="submit" name="action" value="undelegate"><xsl:value-of select="$L/aq-undelegate"/></button>
                </form>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$L/aq-no-delegates"/></p></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="delegates/@editable = '1'">
      <form method="post" action="{@action}">
        <xsl:call-template name="csrf"/>
        <xsl:call-template name="form-field">
          <xsl:with-param name="id" select="'f-login'"/>
          <xsl:with-param name="name" select="'login'"/>
          <xsl:with-param name="label" select="$L/aq-login"/>
          <xsl:with-param name="has-value" select="false()"/>
          <xsl:with-param name="plain" select="true()"/>
        </xsl:call-template>
        <p><button type="submit" name="action" value="delegate"><xsl:value-of select="$L/aq-delegate"/></button></p>
      </form>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ one question -->
  <xsl:template name="asker-line">
    <xsl:param name="key"/>
    <xsl:param name="value"/>
    <xsl:if test="string($value)">
      <dt><xsl:call-template name="str"><xsl:with-param name="key" select="$key"/></xsl:call-template></dt>
      <dd><xsl:value-of select="$value"/></dd>
    </xsl:if>
  </xsl:template>

  <xsl:template match="content/question">
    <xsl:variable name="Q" select="."/>
    <h1>
      <xsl:call-template name="fmt">
        <xsl:with-param name="key" select="'aq-question'"/>
        <xsl:with-param name="a" select="@code"/>
      </xsl:call-template>
    </h1>
    <xsl:if test="error"><div class="flash flash-error" role="alert" id="loi-thao-tac"><p><xsl:apply-templates select="error" mode="say"/></p></div></xsl:if>
    <p>
      <strong><xsl:call-template name="state-of"/></strong>
      <xsl:value-of select="concat(' · ', @field-name, ' · ', @received, ' → ', @due)"/>
      <xsl:if test="@overdue"><xsl:text> </xsl:text><strong class="due overdue"><xsl:value-of select="$L/aq-overdue"/></strong></xsl:if>
      <xsl:if test="@due-soon"><xsl:text> </xsl:text><strong class="due soon"><xsl:value-of select="$L/aq-due-soon"/></strong></xsl:if>
    </p>
    <h2><xsl:value-of select="title"/></h2>
    <h3><xsl:value-of select="$L/aq-text"/></h3>
    <div class="text" style="white-space:pre-line"><xsl:value-of select="text"/></div>
    <h3><xsl:value-of select="$L/aq-asker"/></h3>
    <xsl:choose>
      <xsl:when test="asker/@purged"><p><xsl:value-of select="$L/aq-purged"/></p></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="kk" select="concat('aq-kind-', asker/@kind)"/>
        <dl class="asker">
          <xsl:call-template name="asker-line"><xsl:with-param name="key" select="'aq-f-kind'"/><xsl:with-param name="value" select="$L/*[local-name() = $kk]"/></xsl:call-template>
          <xsl:call-template name="asker-line"><xsl:with-param name="key" select="'aq-f-name'"/><xsl:with-param name="value" select="asker/@name"/></xsl:call-template>
          <xsl:call-template name="asker-line"><xsl:with-param name="key" select="'aq-f-title'"/><xsl:with-param name="value" select="asker/@title"/></xsl:call-template>
          <xsl:call-template name="asker-line"><xsl:with-param name="key" select="'aq-f-organisation'"/><xsl:with-param name="value" select="asker/@organisation"/></xsl:call-template>
          <xsl:call-template name="asker-line"><xsl:with-param name="key" select="'aq-f-nationality'"/><xsl:with-param name="value" select="asker/@nationality"/></xsl:call-template>
          <xsl:call-template name="asker-line"><xsl:with-param name="key" select="'aq-f-id-number'"/><xsl:with-param name="value" select="asker/@id-number"/></xsl:call-template>
          <xsl:call-template name="asker-line"><xsl:with-param name="key" select="'aq-f-address'"/><xsl:with-param name="value" select="asker/@address"/></xsl:call-template>
          <xsl:call-template name="asker-line"><xsl:with-param name="key" select="'aq-f-phone'"/><xsl:with-param name="value" select="asker/@phone"/></xsl:call-template>
          <xsl:call-template name="asker-line"><xsl:with-param name="key" select="'aq-f-email'"/><xsl:with-param name="value" select="asker/@email"/></xsl:call-template>
        </dl>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="normalize-space(answer)">
      <h3><xsl:value-of select="$L/aq-answer"/></h3>
      <div class="text" style="white-space:pre-line"><xsl:value-of select="answer"/></div>
    </xsl:if>
    <xsl:if test="normalize-space(reason)">
      <h3><xsl:value-of select="$L/aq-reason"/></h3>
      <p><xsl:value-of select="reason"/></p>
    </xsl:if>
    <h3><xsl:value-of select="$L/aq-history"/></h3>
    <ol>
      <xsl:for-each select="step">
        <xsl:variable name="ek" select="concat('aq-ev-', @kind)"/>
        <li>
          <xsl:value-of select="concat(@date, ': ', $L/*[local-name() = $ek])"/>
          <xsl:if test="@agency"><xsl:value-of select="concat(' ', @agency)"/></xsl:if>
          <xsl:if test="@due and @kind = 'progress'"><xsl:value-of select="concat(' → ', @due)"/></xsl:if>
          <xsl:if test="normalize-space(.)"><xsl:value-of select="concat(' — ', .)"/></xsl:if>
        </li>
      </xsl:for-each>
    </ol>
    <xsl:if test="@open = '1' and @can-act = '1'">
      <xsl:call-template name="steps"/>
    </xsl:if>
    <p><a href="{@list}"><xsl:value-of select="$L/aq-back"/></a></p>
  </xsl:template>

  <xsl:template name="agency-select">
    <xsl:param name="id"/>
    <div class="field">
      <label for="{$id}"><xsl:value-of select="$L/aq-agency"/></label>
      <select id="{$id}" name="agency">
        <xsl:for-each select="agency">
          <option value="{@slug}"><xsl:value-of select="."/></option>
        </xsl:for-each>
      </select>
    </div>
  </xsl:template>

  <xsl:template name="steps">
    <xsl:variable name="received" select="@state = 'received'"/>
    <h2><xsl:value-of select="$L/aq-classify"/></h2>
    <form method="post" action="{@action}">
      <xsl:call-template name="csrf"/>
      <div class="field">
        <label for="f-field"><xsl:value-of select="$L/aq-field"/></label>
        <select id="f-field" name="field">
          <xsl:for-each select="choice">
            <option value="{@key}">
              <xsl:if test="@selected"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
              <xsl:value-of select="."/>
            </option>
          </xsl:for-each>
        </select>
      </div>
      <p><button type="submit" name="action" value="classify"><xsl:value-of select="$L/aq-do-classify"/></button></p>
    </form>
    <xsl:choose>
      <xsl:when test="$received">
        <h2><xsl:value-of select="$L/aq-assign"/></h2>
        <form method="post" action="{@action}">
          <xsl:call-template name="csrf"/>
          <xsl:call-template name="agency-select"><xsl:with-param name="id" select="'f-agency'"/></xsl:call-template>
          <p><button type="submit" name="action" value="assign"><xsl:value-of select="$L/aq-do-assign"/></button></p>
        </form>
      </xsl:when>
      <xsl:otherwise>
        <h2><xsl:value-of select="$L/aq-answer"/></h2>
        <xsl:choose>
          <xsl:when test="@can-answer = '1'">
            <form method="post" action="{@action}">
              <xsl:call-template name="csrf"/>
              <xsl:call-template name="form-field">
                <xsl:with-param name="id" select="'f-answer'"/>
                <xsl:with-param name="name" select="'answer'"/>
                <xsl:with-param name="label" select="$L/aq-answer"/>
                <xsl:with-param name="multiline" select="true()"/>
                <xsl:with-param name="rows" select="10"/>
                <xsl:with-param name="hint" select="$L/aq-answer-hint"/>
                <xsl:with-param name="maxlength" select="20000"/>
              </xsl:call-template>
              <p><button type="submit" name="action" value="answer"><xsl:value-of select="$L/aq-do-answer"/></button></p>
            </form>
          </xsl:when>
          <xsl:otherwise><p><xsl:value-of select="$L/aq-cannot-answer"/></p></xsl:otherwise>
        </xsl:choose>
        <h2><xsl:value-of select="$L/aq-progress"/></h2>
        <form method="post" action="{@action}">
          <xsl:call-template name="csrf"/>
          <xsl:call-template name="form-field">
            <xsl:with-param name="id" select="'f-due'"/>
            <xsl:with-param name="name" select="'due'"/>
            <xsl:with-param name="label" select="$L/aq-new-due"/>
            <xsl:with-param name="type" select="'date'"/>
            <xsl:with-param name="has-value" select="false()"/>
          </xsl:call-template>
          <xsl:call-template name="form-field">
            <xsl:with-param name="id" select="'f-progress-note'"/>
            <xsl:with-param name="name" select="'note'"/>
            <xsl:with-param name="label" select="$L/aq-note"/>
            <xsl:with-param name="multiline" select="true()"/>
            <xsl:with-param name="rows" select="3"/>
          </xsl:call-template>
          <p><button type="submit" name="action" value="progress"><xsl:value-of select="$L/aq-do-progress"/></button></p>
        </form>
        <h2><xsl:value-of select="$L/aq-transfer"/></h2>
        <form method="post" action="{@action}">
          <xsl:call-template name="csrf"/>
          <xsl:call-template name="agency-select"><xsl:with-param name="id" select="'f-transfer-agency'"/></xsl:call-template>
          <xsl:call-template name="form-field">
            <xsl:with-param name="id" select="'f-transfer-note'"/>
            <xsl:with-param name="name" select="'note'"/>
            <xsl:with-param name="label" select="$L/aq-note"/>
            <xsl:with-param name="multiline" select="true()"/>
            <xsl:with-param name="rows" select="3"/>
          </xsl:call-template>
          <p><button type="submit" name="action" value="transfer"><xsl:value-of select="$L/aq-do-transfer"/></button></p>
        </form>
      </xsl:otherwise>
    </xsl:choose>
    <h2><xsl:value-of select="$L/aq-reason"/></h2>
    <form method="post" action="{@action}">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="form-field">
        <xsl:with-param name="id" select="'f-reason'"/>
        <xsl:with-param name="name" select="'reason'"/>
        <xsl:with-param name="label" select="$L/aq-reason"/>
        <xsl:with-param name="multiline" select="true()"/>
        <xsl:with-param name="rows" select="3"/>
        <xsl:with-param name="required" select="true()"/>
      </xsl:call-template>
      <p><button type="submit" name="action" value="reject"><xsl:value-of select="$L/aq-do-reject"/></button></p>
    </form>
  </xsl:template>
</xsl:stylesheet>
