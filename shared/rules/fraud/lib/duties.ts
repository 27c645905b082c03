/**
 * Does the ad say what the worker will do? A job word ("打包工", "positions available") is not a
 * description of duties; a duty verb or a duties heading is. Shared by fraud-vague and the
 * "no identifiable employer" branch of fraud-invalid-employer.
 */

/** Duty headings and verbs; a verb directly followed by 工/员/师 is a job title (打包工), not a duty. */
const DUTY =
  /岗位职责|工作内容|工作职责|主要职责|职责|负责|协助|(?:完成|处理|操作|维护|安装|检测|整理|接待|配送|装卸|搬运|打包|分拣|包装|清洁|打扫|销售|录入|撰写|设计|开发|调试|驾驶|烹饪|巡逻|收银|理货|上下料|组装|焊接|修边|回复|对接|运营|推广|培训|教学|照顾|护理)(?![工员师])|responsibilit|duties|you will|you['’]ll|responsible for|\b(?:manag|assist|handl|maintain|develop|support|deliver|clean|prepar|answer|process|coordinat|install|operat|driv|sell|serv|build|design|write|review|analy[sz]|inspect|pack|pick|load|cook|teach|care)(?:e|es|ed|ing|s)?\b/u;

export const hasDuties = (body: string): boolean => DUTY.test(body);
