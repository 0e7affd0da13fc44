package coder

import "testing"

// TestActorsWire checks that the actors of 31-organisations-wire.txt and
// 43-people-wire.txt are coded, with the code of the role held on the
// sentence's date, in sentences written for this test. Each want is
// "SOURCE TARGET CAMEO" (prefixes, as checkEvents matches).
func TestActorsWire(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		date, text string
		want       []string
	}{
		// a person whose code changes with the date
		{"2020-03-01", "Mark Rutte met Angela Merkel in The Hague on Tuesday.", []string{"NLDGOV DEUGOV 040", "DEUGOV NLDGOV 040"}},
		{"2025-03-01", "Rutte thanked Poland for its support.", []string{"IGOWSTNAT POL 051"}},
		{"2020-03-01", "Abu Mohammed al-Jolani threatened Syrian government forces.", []string{"SYRREB SYRMIL 13"}},
		{"2025-03-01", "Ahmed al-Sharaa received the Turkish foreign minister in Damascus.", []string{"SYRGOV TURGOV 043"}},
		// heads of state and government, ministers
		{"2010-06-01", "Mahmoud Abbas accused Israel of blocking the peace talks.", []string{"PSEGOV ISR 112"}},
		{"2012-04-01", "Hugo Chavez praised Cuba and criticized the United States.", []string{"VENGOV CUB 051", "VENGOV USA 111"}},
		{"2019-09-01", "Imran Khan accused India of violating the ceasefire in Kashmir.", []string{"PAKGOV IND 112"}},
		{"2022-03-01", "Viktor Orban refused to send weapons to Ukraine.", []string{"HUNGOV UKR 12"}},
		{"2022-11-01", "Tinubu met Abiy Ahmed in Addis Ababa.", []string{"NGAGOV ETHGOV 040", "ETHGOV NGAGOV 040"}},
		{"2024-02-01", "Pashinyan accused Azerbaijan of preparing an attack.", []string{"ARMGOV AZE 112"}},
		{"2022-09-01", "Ferdinand Marcos Jr. met Xi Jinping in Beijing.", []string{"PHLGOV CHNGOV 040", "CHNGOV PHLGOV 040"}},
		{"2024-06-01", "Pedro Sanchez recognised the State of Palestine.", []string{"ESPGOV PSE 054"}},
		{"2015-08-01", "Haider al-Abadi thanked the Peshmerga for their help.", []string{"IRQGOV IRQMIL 051"}},
		// heads of international organisations
		{"2020-02-01", "Jens Stoltenberg called on Russia to withdraw its troops.", []string{"IGOWSTNAT RUS 0256"}},
		{"2023-11-01", "Rafael Grossi urged Iran to cooperate with the inspectors.", []string{"IGOUNOIAE IRN 02"}},
		{"2023-02-01", "Tedros thanked Turkey for its cooperation.", []string{"IGOUNOWHO TUR 051"}},
		// armed groups and their leaders, security services
		{"2021-05-12", "Hamas fired rockets at Israel.", []string{"PSEREB ISR 19"}},
		{"2023-10-20", "The IDF struck Hezbollah positions in southern Lebanon.", []string{"ISRMIL LBN 19"}},
		{"2019-06-15", "Iran's Revolutionary Guards seized a British tanker in the Gulf.", []string{"IRNMIL GBR 17"}},
		{"2016-05-01", "Hassan Nasrallah warned Saudi Arabia against interfering in Lebanon.", []string{"LBNREB SAU 13"}},
		{"2023-05-01", "The Rapid Support Forces accused the Sudanese army of bombing Khartoum.", []string{"SDNREB SDNMIL 112"}},
		{"2023-05-01", "Hemedti rejected a ceasefire proposal by Abdel Fattah al-Burhan.", []string{"SDNREB SDNGOV 12"}},
		{"2011-05-03", "Osama bin Laden was killed by US forces in Pakistan.", []string{"USAMIL IMGMUSALQ 18"}},
		{"2014-08-01", "Islamic State militants attacked Kurdish Peshmerga fighters.", []string{"IMGMUSISI IRQMIL 19"}},
		{"2017-06-01", "Mossad warned Germany about a plot.", []string{"ISRGOV DEU 13"}},
		// sides named for their patron
		{"2015-01-01", "Russian-backed separatists shelled Ukrainian positions.", []string{"UKRREB UKR 19"}},
		{"2016-01-01", "The Assad regime accused Turkey of backing terrorists.", []string{"SYRGOV TUR 112"}},
		// a person of the UN debate, and a regional body
		{"2018-09-25", "Mia Mottley thanked CARICOM for its solidarity.", []string{"BRBGOV IGOCRB 051"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			_, events, err := c.ExplainSpeaker(tt.text, tt.date, "wire", "", false)
			if err != nil {
				t.Fatal(err)
			}
			checkEvents(t, events, tt.want)
		})
	}
}
