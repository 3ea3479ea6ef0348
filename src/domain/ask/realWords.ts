/**
 * Real English words one or two edits from a word of the typo vocabulary (typos.ts), which are therefore left as typed:
 * "sufficient scope" is not "insufficient scope", a "publisher" is not "published", a file "binned" is not "banned", nor is
 * "messing" "missing". Found by running every word of the an-array-of-english-words list (MIT, a dev dependency) through
 * the corrector; British spellings ("authorised") and rare dictionary words that are far likelier typos ("becasse", "pollicy") are
 * left out so that they are still corrected. test/domain/ask/typos.test.ts checks the list against the dictionary.
 */
export const REAL_WORDS_NEAR_VOCABULARY: ReadonlySet<string> = new Set(
  (
  'aching administrations admits aerified aiding alloyed antonymous archives attentional authenticator authoriser ' +
  'authorizer authorizers awners bached baches baching banded banged banked bannet banted barned baseliner bassline ' +
  'beader beaders beaked beaker beamer beared beares beater beaver biding binned blacked blacking bleaks blearer blocker ' +
  'blogged bocked bocking bogged bookie bookies bowser branned brawled brawler brawlers brawling brocked browner browsier ' +
  'cachet cachets canned cashes cashing catalo catalos catched cession cessions chidden chiding chokies chookie chookies ' +
  'ciding cissing classicised classicized classifier classifiers classifies clocked clocking clogged coached coaches ' +
  'coaching coches cockies coexistent cogged commissioned concealingly conceiting conceiving concerning concerting ' +
  'conchal concreating conferential congeal congealing coolie coolies coorie coories cootie cooties copublished couter ' +
  'craaled craaling cradled cradler cradlers cradling crawlier crawly credentialism croute croutes customed databased ' +
  'deactivator deader deaders dearer declassified decommissioner decommissioners defaecated deferences defied delate ' +
  'delated delates deliberatively delict delish demissions demist demotivated denimed denned dented deplete depleted ' +
  'depletes deplored deployer deprecator depreciate depreciated depreciates depredated depredates desist diffidence ' +
  'diffidences disabler disclosers discoloring discontented discontinuer discontinuers discussing disenclosing dishabled ' +
  'disinclosing disploding dogged douted douter douting downer downers drawled drawler drawlers drawling duelist ' +
  'efferences embers empires employment enamoration engined enginer entablement enticement enumerative enumerator expirer ' +
  'expirers exposer expropriate extemporarily exuberating fallowed fanned fearer fireball firehall flocked flocking ' +
  'flogged fogged foraged forded fordid forger forges forked forted fouter gallowed ganned glassified glassifies goggle ' +
  'googly gorged grouted grouter grouting gurged hadden hading hallowed hampered headier healers heaper heapers hearer ' +
  'hearers heaters heaver heavers heeder heeders herder herders hidder hidling hieing hiking hilding hissing hiving ' +
  'hodden hogged hookies houted houting hudden impermanently impropriate indexer indifference indifferences inferences ' +
  'ingine ingines inorganisation inorganization insertional insolation intensional intensionally intentions ' +
  'internationally intestinal intestinally intonational intuitional intuitionally inumbrating inventional inventor ' +
  'inventors jogged kissing kookie laches lagged laking leaded leafed leafing leaker leamed leaming leaned leaped leared ' +
  'learing leased leaved legged lekked lekking ligged locking louted louting lugged maches manned massing messing midden ' +
  'misting misusing mogged monitorial monitories monotoning monstering morbid mossing mouter mussing naches nearer niding ' +
  'nogged nookie nookies notated numerate numerating numeration numerations outing owlers paganisation paganization ' +
  'pampered panned parged peaked percussion percussions permittee permitter pertinently pissing polities polity porged ' +
  'pouted pouter pouting presential primate privater prosect prudential prudentials publisher publishes pugged pureed ' +
  'purger purled purred pursed raches reaked reaking reappropriate rearer rebuses reclassified recork recused recuses ' +
  'redeal redealing redeals redried redries redrying reemission reemissions refired refried refries refrying refuged ' +
  'refuges refuser refusers refuted refutes rehired remissions remotes removers reorganisation repeal repealing repeals ' +
  'rescore rescored reseal resealing reseals resourced responsa restoke restoked restorer retied reties retiled retimed ' +
  'retirer retrees retrims retuned retuning returf returfed returfing returfs returnee returner retying reveling ' +
  'revelling revels revoker revote revoted rewired reword roated roates roating romanisation romanization rontes rookie ' +
  'rookies rooted rooter rooting rorted rorter rorting rosted rosting roting rotted rotter rottes rotting rouged rouges ' +
  'rouging roules rouming rouped rouping roused rouser rouses rousing rousted rouster rousting rouths rowted rowting ' +
  'sallowed scaped scapes scones scooped scopae scores scouped scowed scowped scrawl scrawled scrawler scrawlers ' +
  'scrawling searer secreta secrete sexist sexists slogged sloped slopes sogged solation sooped souter starch statua ' +
  'statuas statusy stoped stopes stratus subscriptive sufficient sunket surged suspender taches tallowed tamperer tanned ' +
  'tapered tearer tempered temporality temporally testificate tiding togged touted touter touting trawled trawler ' +
  'trawlers trawling trouter trouting unappropriate uncertified unclassified unconcealing unpolished unpunished ' +
  'unpurified unterrified unvitrified urbanisation urbanization vanned vaseline verbified versified viewier wallowed ' +
  'wanned wearer whither wissing wrawled wrawling'
  ).split(' '),
);
