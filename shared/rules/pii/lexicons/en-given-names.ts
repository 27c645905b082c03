/**
 * Common English-language given names, for recognising "Firstname Lastname" next to personal data
 * without mistaking product or company names for people.
 */
import type { Gazetteer } from '#shared/rules/pii/lexicons/types.ts';

export const EN_GIVEN_NAMES: Gazetteer = {
  names: `aaron abigail adam adrian aisha alan albert alex alexander alexis alice alicia alison amanda amber amy ana
andrea andrew angela anita ann anna anne anthony antonio april arthur ashley austin barbara ben benjamin beth betty
beverly bill billy bobby bonnie brad bradley brandon brenda brian brittany bruce bryan caleb cameron carl carlos carmen
carol caroline carolyn catherine charles charlotte cheryl chris christian christina christine christopher cindy claire
cody colin connor craig crystal cynthia dale daniel danielle darren david dean deborah debra denise dennis derek diana
diane donald donna doris dorothy douglas dylan edward elaine elizabeth ellen emily emma eric erica erin ethan eugene
evelyn frances frank gabriel gary george gerald gloria grace greg gregory hannah harold harry heather helen henry holly
ian isaac jack jacob jacqueline james jamie jane janet janice jason jean jeffrey jennifer jeremy jerry jesse jessica
jim joan joe joel john jonathan jordan jose joseph joshua joyce juan judith judy julia julie justin karen katherine
kathleen kathryn kathy katie keith kelly kenneth kevin kim kimberly kyle larry laura lauren lawrence leah linda lisa
logan lori louis luis madison marcus margaret maria marie marilyn mark martha martin mary matthew megan melissa michael
michelle mike monica nancy natalie nathan nicholas nicole noah olivia oliver pamela patricia patrick paul peter philip
phillip priya rachel ralph randy raymond rebecca richard rita robert robin roger ronald rose roy russell ruth ryan sam
samantha samuel sandra sara sarah scott sean sharon shirley sophia stephanie stephen steve steven susan teresa terry
thomas tiffany timothy tina todd tom tony tracy travis tyler valerie vanessa victoria vincent virginia walter wayne
wendy william zachary
aaliyah abdul adebayo ahmed aiden alejandro alfredo ali alisha alyssa amir andre angel angelica anil anjali
arjun armando asha ashok bianca brianna bridget carla cesar chloe claudia cristina darius darnell dawn deepak
demetrius deshawn destiny diego dmitri dolores eduardo elena eli elijah elise enrique erik esther fatima felipe
fernando fiona francisco gabriela giovanni graham guadalupe hassan hector hugo ibrahim imani irene isabel isabella
ivan jamal jasmine javier jayden jorge juanita kai kareem keisha kenji kiran lakisha latoya leticia liam lucas
lucia luz malik manuel marco mariana mario marisol maya mei miguel ming mohammed muhammad nadia naomi nikhil nina
omar oscar pablo pedro rahul raj rajesh ramon raul ravi reggie ricardo roberto rosa ruben sanjay santiago sergio
shanice shawn simone sofia sunil tamika tanisha terrell tyrone victor wei xavier yolanda yusuf zoe lily ella ava
mia harper amelia evan owen declan rhys callum gareth nigel rupert siobhan niamh aoife ciara`
    .split(/\s+/)
    .filter(Boolean),
  note: 'A capitalised given name followed by a capitalised surname is a person candidate; rules still need a role or context.',
  source:
    'US Social Security Administration, most popular given names 1960–2000 (ssa.gov/oact/babynames), ONS baby names for England and Wales, and common Hispanic, African-American, South Asian, Arabic, East Asian and Irish given names in US/UK name frequency lists',
};
