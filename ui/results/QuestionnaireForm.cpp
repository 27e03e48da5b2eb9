// QuestionnaireForm: being written.
