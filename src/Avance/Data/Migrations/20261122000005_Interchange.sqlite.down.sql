DROP TABLE "ResultIndicatorValues";
DROP TABLE "IatiIndicators";
DROP TABLE "OutcomeImports";
