<?xml version="1.0" encoding="UTF-8"?>
<!-- project.xsl - projects, investment and procurement, filtered by status (preparing,
     running, finished), kind and field. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="types.xsl"/>
</xsl:stylesheet>
