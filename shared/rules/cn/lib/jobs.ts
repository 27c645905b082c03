/**
 * Job nouns that follow a sex word in a sex-specific post (女服务员, 男司机, 招女工), and the product or
 * customer words that make a sex word describe goods or clients instead (女装, 男士护肤, 女性顾客).
 */

/** Posts commonly advertised with a sex prefix. */
export const JOB_NOUN =
  '(?:普工|操作工|工人|工|服务员|司机|驾驶员|保安|安保|门卫|保洁|清洁工|文员|助理|前台|接待|客服|销售|导购|营业员|店员|收银员?|主播|技工|学徒|护工|护理员|厨师|帮厨|会计|出纳|秘书|老师|教师|话务员|焊工|电工|搬运工|装卸工|仓管|跟单|业务员|员工|职员|店长|经理|主管|专员|骑手|快递员|配送员|库管|质检员?|包装工)';

/** After a sex word: the word describes products, clients or facilities, not the candidate. */
export const NOT_A_CANDIDATE =
  '(?![男女性生士仕]|装|鞋|包|款|式|科|童|表|袜|用品|内衣|服装|服饰|饰品|护肤|化妆|产品|顾客|客户|客人|客群|消费者|患者|病人|会员|宾|浴|厕|卫生间|宿舍|频道|用户|粉丝|人群|群体|市场|专柜|专区|品牌|系列)';
