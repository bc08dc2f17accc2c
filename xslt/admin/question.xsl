<?xml version="1.0" encoding="UTF-8"?>
<!-- admin/question.xsl - one question: see questions.xsl. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="questions.xsl"/>
</xsl:stylesheet>
