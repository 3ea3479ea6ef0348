import { FRESH_HELD } from '../eval/fresh/split';
import { FRESH2_HELD } from '../eval/fresh2/split';
import { FRESH3_HELD } from '../eval/fresh3/split';
import { FRESH4_HELD } from '../eval/fresh4/split';
import { HELD } from '../eval/split';
import { UNSEEN58_QUESTIONS } from '../eval/unseen58/questions';
import { UNSEEN59_QUESTIONS } from '../eval/unseen59/questions';
import { UNSEEN62_QUESTIONS } from '../eval/unseen62/questions';
import { UNSEEN63_QUESTIONS } from '../eval/unseen63/questions';
import { UNSEEN65_QUESTIONS } from '../eval/unseen65/questions';
import { UNSEEN67_QUESTIONS } from '../eval/unseen67/questions';
import { UNSEEN68_QUESTIONS } from '../eval/unseen68/questions';
import { UNSEEN69_QUESTIONS } from '../eval/unseen69/questions';
import { UNSEEN73_QUESTIONS } from '../eval/unseen73/questions';
import { UNSEEN75_QUESTIONS } from '../eval/unseen75/questions';
import { UNSEEN80_QUESTIONS } from '../eval/unseen80/questions';
import { UNSEEN81_QUESTIONS } from '../eval/unseen81/questions';
import { UNSEEN84_QUESTIONS } from '../eval/unseen84/questions';
import { UNSEEN85_QUESTIONS } from '../eval/unseen85/questions';
import { UNSEEN89_QUESTIONS } from '../eval/unseen89/questions';
import { UNSEEN90_QUESTIONS } from '../eval/unseen90/questions';
import { UNSEEN92_QUESTIONS } from '../eval/unseen92/questions';
import { UNSEEN93_QUESTIONS } from '../eval/unseen93/questions';
import { UNSEEN95_QUESTIONS } from '../eval/unseen95/questions';
import { UNSEEN99_QUESTIONS } from '../eval/unseen99/questions';
import { UNSEEN100_QUESTIONS } from '../eval/unseen100/questions';
import { UNSEEN101_QUESTIONS } from '../eval/unseen101/questions';
import { UNSEEN102_QUESTIONS } from '../eval/unseen102/questions';
import { UNSEEN103_QUESTIONS } from '../eval/unseen103/questions';
import { UNSEEN105_QUESTIONS } from '../eval/unseen105/questions';
import { UNSEEN106_QUESTIONS } from '../eval/unseen106/questions';
import { UNSEEN107_QUESTIONS } from '../eval/unseen107/questions';
import { UNSEEN111_QUESTIONS } from '../eval/unseen111/questions';
import { UNSEEN112_QUESTIONS } from '../eval/unseen112/questions';
import { UNSEEN113_QUESTIONS } from '../eval/unseen113/questions';
import { UNSEEN114_QUESTIONS } from '../eval/unseen114/questions';
import { UNSEEN115_QUESTIONS } from '../eval/unseen115/questions';
import { UNSEEN120_QUESTIONS } from '../eval/unseen120/questions';
import { UNSEEN121_QUESTIONS } from '../eval/unseen121/questions';
import { UNSEEN122_QUESTIONS } from '../eval/unseen122/questions';
import { UNSEEN123_QUESTIONS } from '../eval/unseen123/questions';
import { UNSEEN128_QUESTIONS } from '../eval/unseen128/questions';
import { UNSEEN129_QUESTIONS } from '../eval/unseen129/questions';
import { UNSEEN130_QUESTIONS } from '../eval/unseen130/questions';
import { UNSEEN131_QUESTIONS } from '../eval/unseen131/questions';
import { UNSEEN136_QUESTIONS } from '../eval/unseen136/questions';
import { UNSEEN137_QUESTIONS } from '../eval/unseen137/questions';
import { UNSEEN138_QUESTIONS } from '../eval/unseen138/questions';
import { UNSEEN139_QUESTIONS } from '../eval/unseen139/questions';
import { UNSEEN144_QUESTIONS } from '../eval/unseen144/questions';
import { UNSEEN145_QUESTIONS } from '../eval/unseen145/questions';
import { UNSEEN146_QUESTIONS } from '../eval/unseen146/questions';
import { UNSEEN147_QUESTIONS } from '../eval/unseen147/questions';
import { UNSEEN152_QUESTIONS } from '../eval/unseen152/questions';
import { UNSEEN153_QUESTIONS } from '../eval/unseen153/questions';
import { UNSEEN154_QUESTIONS } from '../eval/unseen154/questions';
import { UNSEEN155_QUESTIONS } from '../eval/unseen155/questions';
import { UNSEEN156_QUESTIONS } from '../eval/unseen156/questions';
import { UNSEEN157_QUESTIONS } from '../eval/unseen157/questions';
import { UNSEEN158_QUESTIONS } from '../eval/unseen158/questions';
import { UNSEEN159_QUESTIONS } from '../eval/unseen159/questions';
import { UNSEEN160_QUESTIONS } from '../eval/unseen160/questions';
import { UNSEEN161_QUESTIONS } from '../eval/unseen161/questions';
import { UNSEEN162_QUESTIONS } from '../eval/unseen162/questions';
import { UNSEEN163_QUESTIONS } from '../eval/unseen163/questions';
import { UNSEEN164_QUESTIONS } from '../eval/unseen164/questions';
import { UNSEEN165_QUESTIONS } from '../eval/unseen165/questions';
import { UNSEEN168_QUESTIONS } from '../eval/unseen168/questions';
import { UNSEEN171_QUESTIONS } from '../eval/unseen171/questions';
import { UNSEEN172_QUESTIONS } from '../eval/unseen172/questions';
import { UNSEEN173_QUESTIONS } from '../eval/unseen173/questions';
import { UNSEEN174_QUESTIONS } from '../eval/unseen174/questions';
import { UNSEEN175_QUESTIONS } from '../eval/unseen175/questions';
import { UNSEEN176_QUESTIONS } from '../eval/unseen176/questions';
import { UNSEEN177_QUESTIONS } from '../eval/unseen177/questions';
import { UNSEEN178_QUESTIONS } from '../eval/unseen178/questions';
import { UNSEEN179_QUESTIONS } from '../eval/unseen179/questions';
import { UNSEEN180_QUESTIONS } from '../eval/unseen180/questions';
import { UNSEEN184_QUESTIONS } from '../eval/unseen184/questions';
import { UNSEEN185_QUESTIONS } from '../eval/unseen185/questions';
import { UNSEEN186_QUESTIONS } from '../eval/unseen186/questions';
import { UNSEEN190_QUESTIONS } from '../eval/unseen190/questions';
import { UNSEEN192_QUESTIONS } from '../eval/unseen192/questions';
import { UNSEEN193_QUESTIONS } from '../eval/unseen193/questions';
import { UNSEEN194_QUESTIONS } from '../eval/unseen194/questions';
import { UNSEEN195_QUESTIONS } from '../eval/unseen195/questions';
import { UNSEEN196_QUESTIONS } from '../eval/unseen196/questions';
import { UNSEEN197_QUESTIONS } from '../eval/unseen197/questions';
import { UNSEEN198_QUESTIONS } from '../eval/unseen198/questions';
import { UNSEEN199_QUESTIONS } from '../eval/unseen199/questions';
import { UNSEEN200_QUESTIONS } from '../eval/unseen200/questions';
import { UNSEEN201_QUESTIONS } from '../eval/unseen201/questions';
import { UNSEEN202_QUESTIONS } from '../eval/unseen202/questions';
import { UNSEEN203_QUESTIONS } from '../eval/unseen203/questions';
import { UNSEEN212_QUESTIONS } from '../eval/unseen212/questions';
import { UNSEEN213_QUESTIONS } from '../eval/unseen213/questions';
import { UNSEEN214_QUESTIONS } from '../eval/unseen214/questions';
import { UNSEEN215_QUESTIONS } from '../eval/unseen215/questions';
import { UNSEEN216_QUESTIONS } from '../eval/unseen216/questions';
import { UNSEEN217_QUESTIONS } from '../eval/unseen217/questions';
import { UNSEEN218_QUESTIONS } from '../eval/unseen218/questions';
import { UNSEEN219_QUESTIONS } from '../eval/unseen219/questions';
import { UNSEEN220_QUESTIONS } from '../eval/unseen220/questions';
import { UNSEEN221_QUESTIONS } from '../eval/unseen221/questions';
import { UNSEEN222_QUESTIONS } from '../eval/unseen222/questions';
import { UNSEEN223_QUESTIONS } from '../eval/unseen223/questions';
import { UNSEEN228_QUESTIONS } from '../eval/unseen228/questions';
import { UNSEEN229_QUESTIONS } from '../eval/unseen229/questions';
import { UNSEEN230_QUESTIONS } from '../eval/unseen230/questions';
import { UNSEEN231_QUESTIONS } from '../eval/unseen231/questions';
import { UNSEEN232_QUESTIONS } from '../eval/unseen232/questions';
import { UNSEEN233_QUESTIONS } from '../eval/unseen233/questions';
import { UNSEEN234_QUESTIONS } from '../eval/unseen234/questions';
import { UNSEEN235_QUESTIONS } from '../eval/unseen235/questions';
import { UNSEEN8_QUESTIONS } from '../eval/unseen8/questions';
import { UNSEEN15_QUESTIONS } from '../eval/unseen15/questions';
import { UNSEEN16_QUESTIONS } from '../eval/unseen16/questions';
import { UNSEEN17_QUESTIONS } from '../eval/unseen17/questions';
import { UNSEEN18_QUESTIONS } from '../eval/unseen18/questions';
import { UNSEEN26_QUESTIONS } from '../eval/unseen26/questions';
import { UNSEEN27_QUESTIONS } from '../eval/unseen27/questions';
import { UNSEEN29_QUESTIONS } from '../eval/unseen29/questions';
import { UNSEEN245_QUESTIONS } from '../eval/unseen245/questions';
import { UNSEEN247_QUESTIONS } from '../eval/unseen247/questions';
import { UNSEEN249_QUESTIONS } from '../eval/unseen249/questions';
import { UNSEEN251_QUESTIONS } from '../eval/unseen251/questions';
import { UNSEEN252_QUESTIONS } from '../eval/unseen252/questions';
import { UNSEEN254_QUESTIONS } from '../eval/unseen254/questions';
import { UNSEEN258_QUESTIONS } from '../eval/unseen258/questions';
import { UNSEEN259_QUESTIONS } from '../eval/unseen259/questions';
import { UNSEEN260_QUESTIONS } from '../eval/unseen260/questions';
import { UNSEEN263_QUESTIONS } from '../eval/unseen263/questions';
import { UNSEEN265_QUESTIONS } from '../eval/unseen265/questions';
import { UNSEEN266_QUESTIONS } from '../eval/unseen266/questions';
import { UNSEEN268_QUESTIONS } from '../eval/unseen268/questions';
import { UNSEEN271_QUESTIONS } from '../eval/unseen271/questions';
import { UNSEEN272_QUESTIONS } from '../eval/unseen272/questions';
import { UNSEEN275_QUESTIONS } from '../eval/unseen275/questions';
import { UNSEEN279_QUESTIONS } from '../eval/unseen279/questions';
import { UNSEEN280_QUESTIONS } from '../eval/unseen280/questions';
import { UNSEEN282_QUESTIONS } from '../eval/unseen282/questions';
import { UNSEEN283_QUESTIONS } from '../eval/unseen283/questions';
import { UNSEEN284_QUESTIONS } from '../eval/unseen284/questions';
import { UNSEEN286_QUESTIONS } from '../eval/unseen286/questions';
import { UNSEEN289_QUESTIONS } from '../eval/unseen289/questions';
import { UNSEEN290_QUESTIONS } from '../eval/unseen290/questions';
import { UNSEEN292_QUESTIONS } from '../eval/unseen292/questions';
import { UNSEEN293_QUESTIONS } from '../eval/unseen293/questions';
import { UNSEEN294_QUESTIONS } from '../eval/unseen294/questions';
import { UNSEEN295_QUESTIONS } from '../eval/unseen295/questions';
import { UNSEEN296_QUESTIONS } from '../eval/unseen296/questions';
import { UNSEEN297_QUESTIONS } from '../eval/unseen297/questions';
import { UNSEEN298_QUESTIONS } from '../eval/unseen298/questions';
import { UNSEEN299_QUESTIONS } from '../eval/unseen299/questions';
import { UNSEEN311_QUESTIONS } from '../eval/unseen311/questions';
import { UNSEEN310_QUESTIONS } from '../eval/unseen310/questions';
import { UNSEEN309_QUESTIONS } from '../eval/unseen309/questions';
import { UNSEEN308_QUESTIONS } from '../eval/unseen308/questions';
import { UNSEEN307_QUESTIONS } from '../eval/unseen307/questions';
import { UNSEEN306_QUESTIONS } from '../eval/unseen306/questions';
import { UNSEEN305_QUESTIONS } from '../eval/unseen305/questions';
import { UNSEEN300_QUESTIONS } from '../eval/unseen300/questions';
import { UNSEEN32_QUESTIONS } from '../eval/unseen32/questions';
import { UNSEEN35_QUESTIONS } from '../eval/unseen35/questions';
import { UNSEEN36_QUESTIONS } from '../eval/unseen36/questions';
import { UNSEEN37_QUESTIONS } from '../eval/unseen37/questions';
import { UNSEEN40_QUESTIONS } from '../eval/unseen40/questions';
import { UNSEEN41_QUESTIONS } from '../eval/unseen41/questions';
import { UNSEEN44_QUESTIONS } from '../eval/unseen44/questions';
import { UNSEEN45_QUESTIONS } from '../eval/unseen45/questions';
import { UNSEEN46_QUESTIONS } from '../eval/unseen46/questions';
import { UNSEEN47_QUESTIONS } from '../eval/unseen47/questions';
import { UNSEEN312_QUESTIONS } from '../eval/unseen312/questions';
import { UNSEEN313_QUESTIONS } from '../eval/unseen313/questions';
import { UNSEEN314_QUESTIONS } from '../eval/unseen314/questions';
import { UNSEEN319_QUESTIONS } from '../eval/unseen319/questions';
import { UNSEEN321_QUESTIONS } from '../eval/unseen321/questions';
import { UNSEEN322_QUESTIONS } from '../eval/unseen322/questions';
import { UNSEEN326_QUESTIONS } from '../eval/unseen326/questions';
import { UNSEEN327_QUESTIONS } from '../eval/unseen327/questions';
import { UNSEEN330_QUESTIONS } from '../eval/unseen330/questions';
import { UNSEEN331_QUESTIONS } from '../eval/unseen331/questions';
import { UNSEEN332_QUESTIONS } from '../eval/unseen332/questions';
import { UNSEEN333_QUESTIONS } from '../eval/unseen333/questions';
import { UNSEEN337_QUESTIONS } from '../eval/unseen337/questions';
import { UNSEEN339_QUESTIONS } from '../eval/unseen339/questions';
import { UNSEEN340_QUESTIONS } from '../eval/unseen340/questions';
import { UNSEEN342_QUESTIONS } from '../eval/unseen342/questions';
import { UNSEEN344_QUESTIONS } from '../eval/unseen344/questions';
import { UNSEEN345_QUESTIONS } from '../eval/unseen345/questions';
import { UNSEEN346_QUESTIONS } from '../eval/unseen346/questions';
import { UNSEEN347_QUESTIONS } from '../eval/unseen347/questions';
import { UNSEEN348_QUESTIONS } from '../eval/unseen348/questions';
import { UNSEEN349_QUESTIONS } from '../eval/unseen349/questions';
import { UNSEEN350_QUESTIONS } from '../eval/unseen350/questions';
import { UNSEEN351_QUESTIONS } from '../eval/unseen351/questions';
import { UNSEEN353_QUESTIONS } from '../eval/unseen353/questions';
import { UNSEEN354_QUESTIONS } from '../eval/unseen354/questions';
import { UNSEEN355_QUESTIONS } from '../eval/unseen355/questions';
import { UNSEEN356_QUESTIONS } from '../eval/unseen356/questions';
import { UNSEEN358_QUESTIONS } from '../eval/unseen358/questions';
import { UNSEEN364_QUESTIONS } from '../eval/unseen364/questions';
import { UNSEEN365_QUESTIONS } from '../eval/unseen365/questions';
import { UNSEEN366_QUESTIONS } from '../eval/unseen366/questions';
import { UNSEEN367_QUESTIONS } from '../eval/unseen367/questions';
import { UNSEEN372_QUESTIONS } from '../eval/unseen372/questions';
import { UNSEEN373_QUESTIONS } from '../eval/unseen373/questions';
import { UNSEEN376_QUESTIONS } from '../eval/unseen376/questions';
import { UNSEEN377_QUESTIONS } from '../eval/unseen377/questions';
import { UNSEEN381_QUESTIONS } from '../eval/unseen381/questions';
import { UNSEEN382_QUESTIONS } from '../eval/unseen382/questions';
import { UNSEEN383_QUESTIONS } from '../eval/unseen383/questions';
import { UNSEEN385_QUESTIONS } from '../eval/unseen385/questions';
import { UNSEEN387_QUESTIONS } from '../eval/unseen387/questions';
import { UNSEEN390_QUESTIONS } from '../eval/unseen390/questions';
import { UNSEEN391_QUESTIONS } from '../eval/unseen391/questions';
import { UNSEEN392_QUESTIONS } from '../eval/unseen392/questions';
import { UNSEEN394_QUESTIONS } from '../eval/unseen394/questions';
import { UNSEEN395_QUESTIONS } from '../eval/unseen395/questions';
import { UNSEEN399_QUESTIONS } from '../eval/unseen399/questions';
import { UNSEEN401_QUESTIONS } from '../eval/unseen401/questions';
import { UNSEEN402_QUESTIONS } from '../eval/unseen402/questions';
import { UNSEEN403_QUESTIONS } from '../eval/unseen403/questions';
import { UNSEEN404_QUESTIONS } from '../eval/unseen404/questions';
import { UNSEEN405_QUESTIONS } from '../eval/unseen405/questions';
import { UNSEEN406_QUESTIONS } from '../eval/unseen406/questions';
import { UNSEEN407_QUESTIONS } from '../eval/unseen407/questions';
import { UNSEEN408_QUESTIONS } from '../eval/unseen408/questions';
import { UNSEEN409_QUESTIONS } from '../eval/unseen409/questions';
import { UNSEEN410_QUESTIONS } from '../eval/unseen410/questions';
import { UNSEEN413_QUESTIONS } from '../eval/unseen413/questions';
import { UNSEEN414_QUESTIONS } from '../eval/unseen414/questions';
import type { EvalQuestion } from '../eval/questions';

/** The whole sets held aside before ./unseen58 (later ones are listed where they are checked). */
export const HELD_ASIDE_BEFORE_UNSEEN58: ReadonlyArray<ReadonlyArray<Pick<EvalQuestion, 'q'>>> = [
  UNSEEN8_QUESTIONS,
  UNSEEN15_QUESTIONS,
  UNSEEN16_QUESTIONS,
  UNSEEN17_QUESTIONS,
  UNSEEN18_QUESTIONS,
  UNSEEN26_QUESTIONS,
  UNSEEN27_QUESTIONS,
  UNSEEN29_QUESTIONS,
  UNSEEN32_QUESTIONS,
  UNSEEN35_QUESTIONS,
  UNSEEN36_QUESTIONS,
  UNSEEN37_QUESTIONS,
  UNSEEN40_QUESTIONS,
  UNSEEN41_QUESTIONS,
  UNSEEN44_QUESTIONS,
  UNSEEN45_QUESTIONS,
  UNSEEN46_QUESTIONS,
  UNSEEN47_QUESTIONS,
];

/** Every held-aside set and half: nothing `ask` learns from or looks up may hold one of their questions. */
export const ALL_HELD_ASIDE: ReadonlyArray<ReadonlyArray<Pick<EvalQuestion, 'q'>>> = [
  HELD,
  FRESH_HELD,
  FRESH2_HELD,
  FRESH3_HELD,
  FRESH4_HELD,
  ...HELD_ASIDE_BEFORE_UNSEEN58,
  UNSEEN58_QUESTIONS,
  UNSEEN59_QUESTIONS,
  UNSEEN62_QUESTIONS,
  UNSEEN63_QUESTIONS,
  UNSEEN65_QUESTIONS,
  UNSEEN67_QUESTIONS,
  UNSEEN68_QUESTIONS,
  UNSEEN69_QUESTIONS,
  UNSEEN73_QUESTIONS,
  UNSEEN75_QUESTIONS,
  UNSEEN80_QUESTIONS,
  UNSEEN81_QUESTIONS,
  UNSEEN84_QUESTIONS,
  UNSEEN85_QUESTIONS,
  UNSEEN89_QUESTIONS,
  UNSEEN90_QUESTIONS,
  UNSEEN92_QUESTIONS,
  UNSEEN93_QUESTIONS,
  UNSEEN95_QUESTIONS,
  UNSEEN99_QUESTIONS,
  UNSEEN100_QUESTIONS,
  UNSEEN101_QUESTIONS,
  UNSEEN102_QUESTIONS,
  UNSEEN103_QUESTIONS,
  UNSEEN105_QUESTIONS,
  UNSEEN106_QUESTIONS,
  UNSEEN107_QUESTIONS,
  UNSEEN111_QUESTIONS,
  UNSEEN112_QUESTIONS,
  UNSEEN113_QUESTIONS,
  UNSEEN114_QUESTIONS,
  UNSEEN115_QUESTIONS,
  UNSEEN120_QUESTIONS,
  UNSEEN121_QUESTIONS,
  UNSEEN122_QUESTIONS,
  UNSEEN123_QUESTIONS,
  UNSEEN128_QUESTIONS,
  UNSEEN129_QUESTIONS,
  UNSEEN130_QUESTIONS,
  UNSEEN131_QUESTIONS,
  UNSEEN136_QUESTIONS,
  UNSEEN137_QUESTIONS,
  UNSEEN138_QUESTIONS,
  UNSEEN139_QUESTIONS,
  UNSEEN144_QUESTIONS,
  UNSEEN145_QUESTIONS,
  UNSEEN146_QUESTIONS,
  UNSEEN147_QUESTIONS,
  UNSEEN152_QUESTIONS,
  UNSEEN153_QUESTIONS,
  UNSEEN154_QUESTIONS,
  UNSEEN155_QUESTIONS,
  UNSEEN156_QUESTIONS,
  UNSEEN157_QUESTIONS,
  UNSEEN158_QUESTIONS,
  UNSEEN159_QUESTIONS,
  UNSEEN160_QUESTIONS,
  UNSEEN161_QUESTIONS,
  UNSEEN162_QUESTIONS,
  UNSEEN163_QUESTIONS,
  UNSEEN164_QUESTIONS,
  UNSEEN165_QUESTIONS,
  UNSEEN168_QUESTIONS,
  UNSEEN171_QUESTIONS,
  UNSEEN172_QUESTIONS,
  UNSEEN173_QUESTIONS,
  UNSEEN174_QUESTIONS,
  UNSEEN175_QUESTIONS,
  UNSEEN176_QUESTIONS,
  UNSEEN177_QUESTIONS,
  UNSEEN178_QUESTIONS,
  UNSEEN179_QUESTIONS,
  UNSEEN180_QUESTIONS,
  UNSEEN184_QUESTIONS,
  UNSEEN185_QUESTIONS,
  UNSEEN186_QUESTIONS,
  UNSEEN190_QUESTIONS,
  UNSEEN192_QUESTIONS,
  UNSEEN193_QUESTIONS,
  UNSEEN194_QUESTIONS,
  UNSEEN195_QUESTIONS,
  UNSEEN196_QUESTIONS,
  UNSEEN197_QUESTIONS,
  UNSEEN198_QUESTIONS,
  UNSEEN199_QUESTIONS,
  UNSEEN200_QUESTIONS,
  UNSEEN201_QUESTIONS,
  UNSEEN202_QUESTIONS,
  UNSEEN203_QUESTIONS,
  UNSEEN212_QUESTIONS,
  UNSEEN213_QUESTIONS,
  UNSEEN214_QUESTIONS,
  UNSEEN215_QUESTIONS,
  UNSEEN216_QUESTIONS,
  UNSEEN217_QUESTIONS,
  UNSEEN218_QUESTIONS,
  UNSEEN219_QUESTIONS,
  UNSEEN220_QUESTIONS,
  UNSEEN221_QUESTIONS,
  UNSEEN222_QUESTIONS,
  UNSEEN223_QUESTIONS,
  UNSEEN228_QUESTIONS,
  UNSEEN229_QUESTIONS,
  UNSEEN230_QUESTIONS,
  UNSEEN231_QUESTIONS,
  UNSEEN232_QUESTIONS,
  UNSEEN233_QUESTIONS,
  UNSEEN234_QUESTIONS,
  UNSEEN235_QUESTIONS,
  UNSEEN245_QUESTIONS,
  UNSEEN247_QUESTIONS,
  UNSEEN249_QUESTIONS,
  UNSEEN251_QUESTIONS,
  UNSEEN252_QUESTIONS,
  UNSEEN254_QUESTIONS,
  UNSEEN258_QUESTIONS,
  UNSEEN259_QUESTIONS,
  UNSEEN260_QUESTIONS,
  UNSEEN263_QUESTIONS,
  UNSEEN265_QUESTIONS,
  UNSEEN266_QUESTIONS,
  UNSEEN268_QUESTIONS,
  UNSEEN271_QUESTIONS,
  UNSEEN272_QUESTIONS,
  UNSEEN275_QUESTIONS,
  UNSEEN279_QUESTIONS,
  UNSEEN280_QUESTIONS,
  UNSEEN282_QUESTIONS,
  UNSEEN283_QUESTIONS,
  UNSEEN284_QUESTIONS,
  UNSEEN286_QUESTIONS,
  UNSEEN289_QUESTIONS,
  UNSEEN290_QUESTIONS,
  UNSEEN292_QUESTIONS,
  UNSEEN293_QUESTIONS,
  UNSEEN294_QUESTIONS,
  UNSEEN295_QUESTIONS,
  UNSEEN296_QUESTIONS,
  UNSEEN297_QUESTIONS,
  UNSEEN298_QUESTIONS,
  UNSEEN299_QUESTIONS,
  UNSEEN311_QUESTIONS,
  UNSEEN310_QUESTIONS,
  UNSEEN309_QUESTIONS,
  UNSEEN308_QUESTIONS,
  UNSEEN307_QUESTIONS,
  UNSEEN306_QUESTIONS,
  UNSEEN305_QUESTIONS,
  UNSEEN300_QUESTIONS,
  UNSEEN312_QUESTIONS,
  UNSEEN313_QUESTIONS,
  UNSEEN314_QUESTIONS,
  UNSEEN319_QUESTIONS,
  UNSEEN321_QUESTIONS,
  UNSEEN322_QUESTIONS,
  UNSEEN326_QUESTIONS,
  UNSEEN327_QUESTIONS,
  UNSEEN330_QUESTIONS,
  UNSEEN331_QUESTIONS,
  UNSEEN332_QUESTIONS,
  UNSEEN333_QUESTIONS,
  UNSEEN337_QUESTIONS,
  UNSEEN339_QUESTIONS,
  UNSEEN340_QUESTIONS,
  UNSEEN342_QUESTIONS,
  UNSEEN344_QUESTIONS,
  UNSEEN345_QUESTIONS,
  UNSEEN346_QUESTIONS,
  UNSEEN347_QUESTIONS,
  UNSEEN348_QUESTIONS,
  UNSEEN349_QUESTIONS,
  UNSEEN350_QUESTIONS,
  UNSEEN351_QUESTIONS,
  UNSEEN353_QUESTIONS,
  UNSEEN354_QUESTIONS,
  UNSEEN355_QUESTIONS,
  UNSEEN356_QUESTIONS,
  UNSEEN358_QUESTIONS,
  UNSEEN364_QUESTIONS,
  UNSEEN365_QUESTIONS,
  UNSEEN366_QUESTIONS,
  UNSEEN367_QUESTIONS,
  UNSEEN372_QUESTIONS,
  UNSEEN373_QUESTIONS,
  UNSEEN376_QUESTIONS,
  UNSEEN377_QUESTIONS,
  UNSEEN381_QUESTIONS,
  UNSEEN382_QUESTIONS,
  UNSEEN383_QUESTIONS,
  UNSEEN385_QUESTIONS,
  UNSEEN387_QUESTIONS,
  UNSEEN390_QUESTIONS,
  UNSEEN391_QUESTIONS,
  UNSEEN392_QUESTIONS,
  UNSEEN394_QUESTIONS,
  UNSEEN395_QUESTIONS,
  UNSEEN399_QUESTIONS,
  UNSEEN401_QUESTIONS,
  UNSEEN402_QUESTIONS,
  UNSEEN403_QUESTIONS,
  UNSEEN404_QUESTIONS,
  UNSEEN405_QUESTIONS,
  UNSEEN406_QUESTIONS,
  UNSEEN407_QUESTIONS,
  UNSEEN408_QUESTIONS,
  UNSEEN409_QUESTIONS,
  UNSEEN410_QUESTIONS,
  UNSEEN413_QUESTIONS,
  UNSEEN414_QUESTIONS,
];
